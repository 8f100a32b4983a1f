# Generated from ui/receive_dialog.ui by `python -m tthc_desktop.gui.forms.build`. Do not edit: edit the .ui file
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
    QDateTimeEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ReceiveDialog(object):
    def setupUi(self, ReceiveDialog):
        if not ReceiveDialog.objectName():
            ReceiveDialog.setObjectName(u"ReceiveDialog")
        ReceiveDialog.setMinimumSize(QSize(980, 0))
        self.dialogLayout = QVBoxLayout(ReceiveDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorLabel = QLabel(ReceiveDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"banner")
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.procedureGroup = QGroupBox(ReceiveDialog)
        self.procedureGroup.setObjectName(u"procedureGroup")
        self.procedureLayout = QVBoxLayout(self.procedureGroup)
        self.procedureLayout.setObjectName(u"procedureLayout")
        self.procSearchEdit = QLineEdit(self.procedureGroup)
        self.procSearchEdit.setObjectName(u"procSearchEdit")
        self.procSearchEdit.setClearButtonEnabled(True)

        self.procedureLayout.addWidget(self.procSearchEdit)

        self.procList = QListWidget(self.procedureGroup)
        self.procList.setObjectName(u"procList")
        self.procList.setMinimumSize(QSize(0, 150))

        self.procedureLayout.addWidget(self.procList)

        self.procInfoLabel = QLabel(self.procedureGroup)
        self.procInfoLabel.setObjectName(u"procInfoLabel")
        self.procInfoLabel.setWordWrap(True)
        self.procInfoLabel.setProperty(u"role", u"hint")

        self.procedureLayout.addWidget(self.procInfoLabel)


        self.leftColumn.addWidget(self.procedureGroup)

        self.applicantGroup = QGroupBox(ReceiveDialog)
        self.applicantGroup.setObjectName(u"applicantGroup")
        self.applicantForm = QFormLayout(self.applicantGroup)
        self.applicantForm.setObjectName(u"applicantForm")
        self.applicantFormLabel0 = QLabel(self.applicantGroup)
        self.applicantFormLabel0.setObjectName(u"applicantFormLabel0")

        self.applicantForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.applicantFormLabel0)

        self.nameEdit = QLineEdit(self.applicantGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.applicantForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.applicantFormLabel1 = QLabel(self.applicantGroup)
        self.applicantFormLabel1.setObjectName(u"applicantFormLabel1")

        self.applicantForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.applicantFormLabel1)

        self.idNoEdit = QLineEdit(self.applicantGroup)
        self.idNoEdit.setObjectName(u"idNoEdit")

        self.applicantForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idNoEdit)

        self.applicantFormLabel2 = QLabel(self.applicantGroup)
        self.applicantFormLabel2.setObjectName(u"applicantFormLabel2")

        self.applicantForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.applicantFormLabel2)

        self.phoneEdit = QLineEdit(self.applicantGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.applicantForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.applicantFormLabel3 = QLabel(self.applicantGroup)
        self.applicantFormLabel3.setObjectName(u"applicantFormLabel3")

        self.applicantForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.applicantFormLabel3)

        self.emailEdit = QLineEdit(self.applicantGroup)
        self.emailEdit.setObjectName(u"emailEdit")

        self.applicantForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.applicantFormLabel4 = QLabel(self.applicantGroup)
        self.applicantFormLabel4.setObjectName(u"applicantFormLabel4")

        self.applicantForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.applicantFormLabel4)

        self.addressEdit = QLineEdit(self.applicantGroup)
        self.addressEdit.setObjectName(u"addressEdit")

        self.applicantForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.applicantFormLabel5 = QLabel(self.applicantGroup)
        self.applicantFormLabel5.setObjectName(u"applicantFormLabel5")

        self.applicantForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.applicantFormLabel5)

        self.authorisedEdit = QLineEdit(self.applicantGroup)
        self.authorisedEdit.setObjectName(u"authorisedEdit")

        self.applicantForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.authorisedEdit)


        self.leftColumn.addWidget(self.applicantGroup)


        self.columnsLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.dossierGroup = QGroupBox(ReceiveDialog)
        self.dossierGroup.setObjectName(u"dossierGroup")
        self.dossierForm = QFormLayout(self.dossierGroup)
        self.dossierForm.setObjectName(u"dossierForm")
        self.dossierFormLabel0 = QLabel(self.dossierGroup)
        self.dossierFormLabel0.setObjectName(u"dossierFormLabel0")

        self.dossierForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dossierFormLabel0)

        self.receivedEdit = QDateTimeEdit(self.dossierGroup)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setCalendarPopup(True)

        self.dossierForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receivedEdit)

        self.dossierFormLabel1 = QLabel(self.dossierGroup)
        self.dossierFormLabel1.setObjectName(u"dossierFormLabel1")

        self.dossierForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dossierFormLabel1)

        self.channelCombo = QComboBox(self.dossierGroup)
        self.channelCombo.setObjectName(u"channelCombo")

        self.dossierForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.dossierFormLabel2 = QLabel(self.dossierGroup)
        self.dossierFormLabel2.setObjectName(u"dossierFormLabel2")

        self.dossierForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dossierFormLabel2)

        self.documentsEdit = QPlainTextEdit(self.dossierGroup)
        self.documentsEdit.setObjectName(u"documentsEdit")
        self.documentsEdit.setTabChangesFocus(True)
        self.documentsEdit.setMaximumSize(QSize(16777215, 84))

        self.dossierForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.documentsEdit)

        self.dossierFormLabel3 = QLabel(self.dossierGroup)
        self.dossierFormLabel3.setObjectName(u"dossierFormLabel3")

        self.dossierForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dossierFormLabel3)

        self.copiesSpin = QSpinBox(self.dossierGroup)
        self.copiesSpin.setObjectName(u"copiesSpin")
        self.copiesSpin.setMinimum(1)
        self.copiesSpin.setMaximum(99)
        self.copiesSpin.setValue(1)

        self.dossierForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.copiesSpin)

        self.dossierFormLabel4 = QLabel(self.dossierGroup)
        self.dossierFormLabel4.setObjectName(u"dossierFormLabel4")

        self.dossierForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dossierFormLabel4)

        self.feeSpin = QSpinBox(self.dossierGroup)
        self.feeSpin.setObjectName(u"feeSpin")
        self.feeSpin.setMaximum(999999999)
        self.feeSpin.setSingleStep(1000)
        self.feeSpin.setGroupSeparatorShown(True)

        self.dossierForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.feeSpin)

        self.dossierFormLabel5 = QLabel(self.dossierGroup)
        self.dossierFormLabel5.setObjectName(u"dossierFormLabel5")

        self.dossierForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dossierFormLabel5)

        self.deliveryCombo = QComboBox(self.dossierGroup)
        self.deliveryCombo.setObjectName(u"deliveryCombo")

        self.dossierForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.deliveryCombo)

        self.dossierFormLabel6 = QLabel(self.dossierGroup)
        self.dossierFormLabel6.setObjectName(u"dossierFormLabel6")

        self.dossierForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dossierFormLabel6)

        self.officerEdit = QLineEdit(self.dossierGroup)
        self.officerEdit.setObjectName(u"officerEdit")

        self.dossierForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.officerEdit)

        self.digitisedCheck = QCheckBox(self.dossierGroup)
        self.digitisedCheck.setObjectName(u"digitisedCheck")

        self.dossierForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.digitisedCheck)

        self.dossierFormLabel8 = QLabel(self.dossierGroup)
        self.dossierFormLabel8.setObjectName(u"dossierFormLabel8")

        self.dossierForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.dossierFormLabel8)

        self.noteEdit = QLineEdit(self.dossierGroup)
        self.noteEdit.setObjectName(u"noteEdit")

        self.dossierForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.rightColumn.addWidget(self.dossierGroup)

        self.appointmentGroup = QGroupBox(ReceiveDialog)
        self.appointmentGroup.setObjectName(u"appointmentGroup")
        self.appointmentForm = QFormLayout(self.appointmentGroup)
        self.appointmentForm.setObjectName(u"appointmentForm")
        self.appointmentFormLabel0 = QLabel(self.appointmentGroup)
        self.appointmentFormLabel0.setObjectName(u"appointmentFormLabel0")

        self.appointmentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.appointmentFormLabel0)

        self.daysSpin = QDoubleSpinBox(self.appointmentGroup)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setDecimals(1)
        self.daysSpin.setMaximum(365.000000000000000)
        self.daysSpin.setSingleStep(0.500000000000000)

        self.appointmentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.daysSpin)

        self.appointmentLabel = QLabel(self.appointmentGroup)
        self.appointmentLabel.setObjectName(u"appointmentLabel")
        self.appointmentLabel.setWordWrap(True)
        self.appointmentLabel.setProperty(u"role", u"appointment")

        self.appointmentForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.appointmentLabel)

        self.holidaysLabel = QLabel(self.appointmentGroup)
        self.holidaysLabel.setObjectName(u"holidaysLabel")
        self.holidaysLabel.setWordWrap(True)
        self.holidaysLabel.setProperty(u"role", u"hint")

        self.appointmentForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.holidaysLabel)


        self.rightColumn.addWidget(self.appointmentGroup)


        self.columnsLayout.addLayout(self.rightColumn)


        self.dialogLayout.addLayout(self.columnsLayout)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.openReceiptCheck = QCheckBox(ReceiveDialog)
        self.openReceiptCheck.setObjectName(u"openReceiptCheck")
        self.openReceiptCheck.setChecked(True)

        self.bottomRow.addWidget(self.openReceiptCheck)

        self.bottomSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ReceiveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.bottomRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.bottomRow)


        self.retranslateUi(ReceiveDialog)

        QMetaObject.connectSlotsByName(ReceiveDialog)
    # setupUi

    def retranslateUi(self, ReceiveDialog):
        ReceiveDialog.setWindowTitle(QCoreApplication.translate("ReceiveDialog", u"Ti\u1ebfp nh\u1eadn h\u1ed3 s\u01a1", None))
        self.errorLabel.setText("")
        self.procedureGroup.setTitle(QCoreApplication.translate("ReceiveDialog", u"Th\u1ee7 t\u1ee5c h\u00e0nh ch\u00ednh", None))
        self.procSearchEdit.setPlaceholderText(QCoreApplication.translate("ReceiveDialog", u"G\u00f5 t\u00ean ho\u1eb7c m\u00e3 th\u1ee7 t\u1ee5c, kh\u00f4ng c\u1ea7n d\u1ea5u (v\u00ed d\u1ee5: khai sinh)", None))
        self.procInfoLabel.setText(QCoreApplication.translate("ReceiveDialog", u"Ch\u01b0a ch\u1ecdn th\u1ee7 t\u1ee5c.", None))
        self.applicantGroup.setTitle(QCoreApplication.translate("ReceiveDialog", u"Ng\u01b0\u1eddi n\u1ed9p h\u1ed3 s\u01a1", None))
        self.applicantFormLabel0.setText(QCoreApplication.translate("ReceiveDialog", u"H\u1ecd t\u00ean (\u00d4ng/B\u00e0, t\u1ed5 ch\u1ee9c):", None))
        self.applicantFormLabel1.setText(QCoreApplication.translate("ReceiveDialog", u"S\u1ed1 \u0111\u1ecbnh danh c\u00e1 nh\u00e2n/t\u1ed5 ch\u1ee9c:", None))
        self.applicantFormLabel2.setText(QCoreApplication.translate("ReceiveDialog", u"S\u1ed1 \u0111i\u1ec7n tho\u1ea1i:", None))
        self.applicantFormLabel3.setText(QCoreApplication.translate("ReceiveDialog", u"Email:", None))
        self.applicantFormLabel4.setText(QCoreApplication.translate("ReceiveDialog", u"\u0110\u1ecba ch\u1ec9:", None))
        self.applicantFormLabel5.setText(QCoreApplication.translate("ReceiveDialog", u"Ng\u01b0\u1eddi \u0111\u01b0\u1ee3c \u1ee7y quy\u1ec1n:", None))
        self.authorisedEdit.setPlaceholderText(QCoreApplication.translate("ReceiveDialog", u"n\u1ebfu n\u1ed9p thay", None))
        self.dossierGroup.setTitle(QCoreApplication.translate("ReceiveDialog", u"H\u1ed3 s\u01a1", None))
        self.dossierFormLabel0.setText(QCoreApplication.translate("ReceiveDialog", u"Th\u1eddi gian nh\u1eadn:", None))
        self.receivedEdit.setDisplayFormat(QCoreApplication.translate("ReceiveDialog", u"dd/MM/yyyy HH:mm", None))
        self.dossierFormLabel1.setText(QCoreApplication.translate("ReceiveDialog", u"K\u00eanh ti\u1ebfp nh\u1eadn:", None))
        self.dossierFormLabel2.setText(QCoreApplication.translate("ReceiveDialog", u"Th\u00e0nh ph\u1ea7n h\u1ed3 s\u01a1:", None))
        self.documentsEdit.setPlaceholderText(QCoreApplication.translate("ReceiveDialog", u"m\u1ed7i gi\u1ea5y t\u1edd m\u1ed9t d\u00f2ng", None))
        self.dossierFormLabel3.setText(QCoreApplication.translate("ReceiveDialog", u"S\u1ed1 b\u1ed9 h\u1ed3 s\u01a1:", None))
        self.dossierFormLabel4.setText(QCoreApplication.translate("ReceiveDialog", u"Ph\u00ed, l\u1ec7 ph\u00ed:", None))
        self.feeSpin.setSuffix(QCoreApplication.translate("ReceiveDialog", u" \u0111\u1ed3ng", None))
        self.dossierFormLabel5.setText(QCoreApplication.translate("ReceiveDialog", u"Nh\u1eadn k\u1ebft qu\u1ea3 t\u1ea1i:", None))
        self.dossierFormLabel6.setText(QCoreApplication.translate("ReceiveDialog", u"C\u00f4ng ch\u1ee9c ti\u1ebfp nh\u1eadn:", None))
        self.digitisedCheck.setText(QCoreApplication.translate("ReceiveDialog", u"H\u1ed3 s\u01a1 \u0111\u00e3 \u0111\u01b0\u1ee3c s\u1ed1 h\u00f3a khi ti\u1ebfp nh\u1eadn", None))
        self.dossierFormLabel8.setText(QCoreApplication.translate("ReceiveDialog", u"Ghi ch\u00fa:", None))
        self.appointmentGroup.setTitle(QCoreApplication.translate("ReceiveDialog", u"H\u1eb9n tr\u1ea3 k\u1ebft qu\u1ea3", None))
        self.appointmentFormLabel0.setText(QCoreApplication.translate("ReceiveDialog", u"Th\u1eddi h\u1ea1n gi\u1ea3i quy\u1ebft:", None))
        self.daysSpin.setSuffix(QCoreApplication.translate("ReceiveDialog", u" ng\u00e0y l\u00e0m vi\u1ec7c", None))
#if QT_CONFIG(tooltip)
        self.daysSpin.setToolTip(QCoreApplication.translate("ReceiveDialog", u"L\u1ea5y t\u1eeb danh m\u1ee5c TTHC; s\u1eeda n\u1ebfu th\u1ee7 t\u1ee5c ch\u01b0a c\u00f3 th\u1eddi h\u1ea1n", None))
#endif // QT_CONFIG(tooltip)
        self.appointmentLabel.setText("")
        self.holidaysLabel.setText("")
        self.openReceiptCheck.setText(QCoreApplication.translate("ReceiveDialog", u"M\u1edf gi\u1ea5y ti\u1ebfp nh\u1eadn \u0111\u1ec3 in sau khi l\u01b0u", None))
    # retranslateUi

