# Generated from ui/note_dialog.ui by `python -m tthc_desktop.gui.forms.build`. Do not edit: edit the .ui file
# in Qt Designer (pyside6-designer) and run the build again.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_NoteDialog(object):
    def setupUi(self, NoteDialog):
        if not NoteDialog.objectName():
            NoteDialog.setObjectName(u"NoteDialog")
        NoteDialog.setMinimumSize(QSize(520, 0))
        self.dialogLayout = QVBoxLayout(NoteDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.messageLabel = QLabel(NoteDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.noteForm = QFormLayout()
        self.noteForm.setObjectName(u"noteForm")
        self.whenLabel = QLabel(NoteDialog)
        self.whenLabel.setObjectName(u"whenLabel")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.whenEdit = QDateTimeEdit(NoteDialog)
        self.whenEdit.setObjectName(u"whenEdit")
        self.whenEdit.setCalendarPopup(True)

        self.noteForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.whenEdit)

        self.noteLabel = QLabel(NoteDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(NoteDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 90))

        self.noteForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.noteForm)

        self.errorLabel = QLabel(NoteDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"banner")
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(NoteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(NoteDialog)

        QMetaObject.connectSlotsByName(NoteDialog)
    # setupUi

    def retranslateUi(self, NoteDialog):
        NoteDialog.setWindowTitle(QCoreApplication.translate("NoteDialog", u"Ghi nh\u1eadn", None))
        self.messageLabel.setText("")
        self.whenLabel.setText(QCoreApplication.translate("NoteDialog", u"Ng\u00e0y:", None))
        self.whenEdit.setDisplayFormat(QCoreApplication.translate("NoteDialog", u"dd/MM/yyyy HH:mm", None))
        self.noteLabel.setText(QCoreApplication.translate("NoteDialog", u"L\u00fd do:", None))
        self.errorLabel.setText("")
    # retranslateUi

