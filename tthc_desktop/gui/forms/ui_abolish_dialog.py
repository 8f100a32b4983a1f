# Generated from ui/abolish_dialog.ui by `python -m tthc_desktop.gui.forms.build`. Do not edit: edit the .ui file
# in Qt Designer (pyside6-designer) and run the build again.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AbolishDialog(object):
    def setupUi(self, AbolishDialog):
        if not AbolishDialog.objectName():
            AbolishDialog.setObjectName(u"AbolishDialog")
        AbolishDialog.setMinimumSize(QSize(520, 0))
        self.dialogLayout = QVBoxLayout(AbolishDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.procedureLabel = QLabel(AbolishDialog)
        self.procedureLabel.setObjectName(u"procedureLabel")
        self.procedureLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.procedureLabel)

        self.abolishForm = QFormLayout()
        self.abolishForm.setObjectName(u"abolishForm")
        self.abolishFormLabel0 = QLabel(AbolishDialog)
        self.abolishFormLabel0.setObjectName(u"abolishFormLabel0")

        self.abolishForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.abolishFormLabel0)

        self.dateEdit = QDateEdit(AbolishDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.abolishForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.abolishFormLabel1 = QLabel(AbolishDialog)
        self.abolishFormLabel1.setObjectName(u"abolishFormLabel1")

        self.abolishForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.abolishFormLabel1)

        self.documentCombo = QComboBox(AbolishDialog)
        self.documentCombo.setObjectName(u"documentCombo")

        self.abolishForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.documentCombo)


        self.dialogLayout.addLayout(self.abolishForm)

        self.errorLabel = QLabel(AbolishDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"banner")
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AbolishDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(AbolishDialog)

        QMetaObject.connectSlotsByName(AbolishDialog)
    # setupUi

    def retranslateUi(self, AbolishDialog):
        AbolishDialog.setWindowTitle(QCoreApplication.translate("AbolishDialog", u"B\u00e3i b\u1ecf th\u1ee7 t\u1ee5c", None))
        self.procedureLabel.setText("")
        self.abolishFormLabel0.setText(QCoreApplication.translate("AbolishDialog", u"B\u00e3i b\u1ecf t\u1eeb ng\u00e0y:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("AbolishDialog", u"dd/MM/yyyy", None))
        self.abolishFormLabel1.setText(QCoreApplication.translate("AbolishDialog", u"Theo v\u0103n b\u1ea3n:", None))
#if QT_CONFIG(tooltip)
        self.documentCombo.setToolTip(QCoreApplication.translate("AbolishDialog", u"Quy\u1ebft \u0111\u1ecbnh ho\u1eb7c th\u00f4ng b\u00e1o c\u00f4ng b\u1ed1 vi\u1ec7c b\u00e3i b\u1ecf (n\u1ebfu c\u00f3)", None))
#endif // QT_CONFIG(tooltip)
        self.errorLabel.setText("")
    # retranslateUi

