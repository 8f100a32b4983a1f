# Generated from ui/feedback_dialog.ui by `python -m tthc_desktop.gui.forms.build`. Do not edit: edit the .ui file
# in Qt Designer (pyside6-designer) and run the build again.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_FeedbackDialog(object):
    def setupUi(self, FeedbackDialog):
        if not FeedbackDialog.objectName():
            FeedbackDialog.setObjectName(u"FeedbackDialog")
        FeedbackDialog.setMinimumSize(QSize(620, 0))
        self.dialogLayout = QVBoxLayout(FeedbackDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorLabel = QLabel(FeedbackDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"banner")
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.fbForm = QFormLayout()
        self.fbForm.setObjectName(u"fbForm")
        self.fbFormLabel0 = QLabel(FeedbackDialog)
        self.fbFormLabel0.setObjectName(u"fbFormLabel0")

        self.fbForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fbFormLabel0)

        self.receivedEdit = QDateEdit(FeedbackDialog)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setCalendarPopup(True)

        self.fbForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receivedEdit)

        self.fbFormLabel1 = QLabel(FeedbackDialog)
        self.fbFormLabel1.setObjectName(u"fbFormLabel1")

        self.fbForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fbFormLabel1)

        self.channelCombo = QComboBox(FeedbackDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.fbForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.fbFormLabel2 = QLabel(FeedbackDialog)
        self.fbFormLabel2.setObjectName(u"fbFormLabel2")

        self.fbForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fbFormLabel2)

        self.subjectCombo = QComboBox(FeedbackDialog)
        self.subjectCombo.setObjectName(u"subjectCombo")

        self.fbForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.subjectCombo)

        self.fbFormLabel3 = QLabel(FeedbackDialog)
        self.fbFormLabel3.setObjectName(u"fbFormLabel3")

        self.fbForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fbFormLabel3)

        self.senderEdit = QLineEdit(FeedbackDialog)
        self.senderEdit.setObjectName(u"senderEdit")

        self.fbForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.senderEdit)

        self.fbFormLabel4 = QLabel(FeedbackDialog)
        self.fbFormLabel4.setObjectName(u"fbFormLabel4")

        self.fbForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fbFormLabel4)

        self.summaryEdit = QPlainTextEdit(FeedbackDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)
        self.summaryEdit.setMaximumSize(QSize(16777215, 80))

        self.fbForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.fbFormLabel5 = QLabel(FeedbackDialog)
        self.fbFormLabel5.setObjectName(u"fbFormLabel5")

        self.fbForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fbFormLabel5)

        self.procedureCombo = QComboBox(FeedbackDialog)
        self.procedureCombo.setObjectName(u"procedureCombo")
        self.procedureCombo.setEditable(True)

        self.fbForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.procedureCombo)

        self.fbFormLabel6 = QLabel(FeedbackDialog)
        self.fbFormLabel6.setObjectName(u"fbFormLabel6")

        self.fbForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.fbFormLabel6)

        self.deadlineRow = QHBoxLayout()
        self.deadlineRow.setObjectName(u"deadlineRow")
        self.deadlineEdit = QDateEdit(FeedbackDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setCalendarPopup(True)

        self.deadlineRow.addWidget(self.deadlineEdit)

        self.deadlineButton = QPushButton(FeedbackDialog)
        self.deadlineButton.setObjectName(u"deadlineButton")

        self.deadlineRow.addWidget(self.deadlineButton)


        self.fbForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.deadlineRow)

        self.fbFormLabel7 = QLabel(FeedbackDialog)
        self.fbFormLabel7.setObjectName(u"fbFormLabel7")

        self.fbForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.fbFormLabel7)

        self.resolvedRow = QHBoxLayout()
        self.resolvedRow.setObjectName(u"resolvedRow")
        self.resolvedCheck = QCheckBox(FeedbackDialog)
        self.resolvedCheck.setObjectName(u"resolvedCheck")

        self.resolvedRow.addWidget(self.resolvedCheck)

        self.resolvedEdit = QDateEdit(FeedbackDialog)
        self.resolvedEdit.setObjectName(u"resolvedEdit")
        self.resolvedEdit.setCalendarPopup(True)

        self.resolvedRow.addWidget(self.resolvedEdit)


        self.fbForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.resolvedRow)

        self.fbFormLabel8 = QLabel(FeedbackDialog)
        self.fbFormLabel8.setObjectName(u"fbFormLabel8")

        self.fbForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.fbFormLabel8)

        self.outcomeEdit = QPlainTextEdit(FeedbackDialog)
        self.outcomeEdit.setObjectName(u"outcomeEdit")
        self.outcomeEdit.setTabChangesFocus(True)
        self.outcomeEdit.setMaximumSize(QSize(16777215, 60))

        self.fbForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.outcomeEdit)

        self.publishedCheck = QCheckBox(FeedbackDialog)
        self.publishedCheck.setObjectName(u"publishedCheck")

        self.fbForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.publishedCheck)


        self.dialogLayout.addLayout(self.fbForm)

        self.buttonBox = QDialogButtonBox(FeedbackDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(FeedbackDialog)

        QMetaObject.connectSlotsByName(FeedbackDialog)
    # setupUi

    def retranslateUi(self, FeedbackDialog):
        FeedbackDialog.setWindowTitle(QCoreApplication.translate("FeedbackDialog", u"Ph\u1ea3n \u00e1nh, ki\u1ebfn ngh\u1ecb", None))
        self.errorLabel.setText("")
        self.fbFormLabel0.setText(QCoreApplication.translate("FeedbackDialog", u"Ng\u00e0y ti\u1ebfp nh\u1eadn:", None))
        self.receivedEdit.setDisplayFormat(QCoreApplication.translate("FeedbackDialog", u"dd/MM/yyyy", None))
        self.fbFormLabel1.setText(QCoreApplication.translate("FeedbackDialog", u"H\u00ecnh th\u1ee9c ti\u1ebfp nh\u1eadn:", None))
        self.fbFormLabel2.setText(QCoreApplication.translate("FeedbackDialog", u"\u0110\u1ed1i t\u01b0\u1ee3ng ph\u1ea3n \u00e1nh:", None))
        self.fbFormLabel3.setText(QCoreApplication.translate("FeedbackDialog", u"Ng\u01b0\u1eddi ph\u1ea3n \u00e1nh:", None))
        self.senderEdit.setPlaceholderText(QCoreApplication.translate("FeedbackDialog", u"h\u1ecd t\u00ean, \u0111\u1ecba ch\u1ec9 (n\u1ebfu c\u00f3)", None))
        self.fbFormLabel4.setText(QCoreApplication.translate("FeedbackDialog", u"N\u1ed9i dung:", None))
        self.fbFormLabel5.setText(QCoreApplication.translate("FeedbackDialog", u"Th\u1ee7 t\u1ee5c li\u00ean quan:", None))
#if QT_CONFIG(tooltip)
        self.procedureCombo.setToolTip(QCoreApplication.translate("FeedbackDialog", u"G\u00f5 \u0111\u1ec3 t\u00ecm th\u1ee7 t\u1ee5c; \u0111\u1ec3 tr\u1ed1ng n\u1ebfu kh\u00f4ng c\u00f3", None))
#endif // QT_CONFIG(tooltip)
        self.fbFormLabel6.setText(QCoreApplication.translate("FeedbackDialog", u"H\u1ea1n x\u1eed l\u00fd:", None))
        self.deadlineEdit.setDisplayFormat(QCoreApplication.translate("FeedbackDialog", u"dd/MM/yyyy", None))
        self.deadlineButton.setText(QCoreApplication.translate("FeedbackDialog", u"T\u00ednh h\u1ea1n 15 ng\u00e0y l\u00e0m vi\u1ec7c", None))
        self.fbFormLabel7.setText(QCoreApplication.translate("FeedbackDialog", u"\u0110\u00e3 x\u1eed l\u00fd xong:", None))
        self.resolvedCheck.setText(QCoreApplication.translate("FeedbackDialog", u"ng\u00e0y", None))
        self.resolvedEdit.setDisplayFormat(QCoreApplication.translate("FeedbackDialog", u"dd/MM/yyyy", None))
        self.fbFormLabel8.setText(QCoreApplication.translate("FeedbackDialog", u"K\u1ebft qu\u1ea3 x\u1eed l\u00fd:", None))
        self.publishedCheck.setText(QCoreApplication.translate("FeedbackDialog", u"\u0110\u00e3 c\u00f4ng khai k\u1ebft qu\u1ea3 x\u1eed l\u00fd", None))
    # retranslateUi

