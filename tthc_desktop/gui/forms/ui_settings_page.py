# Generated from ui/settings_page.ui by `python -m tthc_desktop.gui.forms.build`. Do not edit: edit the .ui file
# in Qt Designer (pyside6-designer) and run the build again.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDoubleSpinBox, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.pageLayout = QVBoxLayout(SettingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(SettingsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.pageLayout.addWidget(self.titleLabel)

        self.errorLabel = QLabel(SettingsPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"banner")
        self.errorLabel.setVisible(False)

        self.pageLayout.addWidget(self.errorLabel)

        self.scrollArea = QScrollArea(SettingsPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.NoFrame)
        self.scrollBody = QWidget()
        self.scrollBody.setObjectName(u"scrollBody")
        self.columns = QHBoxLayout(self.scrollBody)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.unitGroup = QGroupBox(self.scrollBody)
        self.unitGroup.setObjectName(u"unitGroup")
        self.unitForm = QFormLayout(self.unitGroup)
        self.unitForm.setObjectName(u"unitForm")
        self.unitFormLabel0 = QLabel(self.unitGroup)
        self.unitFormLabel0.setObjectName(u"unitFormLabel0")

        self.unitForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitFormLabel0)

        self.nameEdit = QLineEdit(self.unitGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.unitForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.unitFormLabel1 = QLabel(self.unitGroup)
        self.unitFormLabel1.setObjectName(u"unitFormLabel1")

        self.unitForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitFormLabel1)

        self.unitTypeCombo = QComboBox(self.unitGroup)
        self.unitTypeCombo.setObjectName(u"unitTypeCombo")

        self.unitForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitTypeCombo)

        self.unitFormLabel2 = QLabel(self.unitGroup)
        self.unitFormLabel2.setObjectName(u"unitFormLabel2")

        self.unitForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitFormLabel2)

        self.codeEdit = QLineEdit(self.unitGroup)
        self.codeEdit.setObjectName(u"codeEdit")

        self.unitForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.unitFormLabel3 = QLabel(self.unitGroup)
        self.unitFormLabel3.setObjectName(u"unitFormLabel3")

        self.unitForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unitFormLabel3)

        self.provinceEdit = QLineEdit(self.unitGroup)
        self.provinceEdit.setObjectName(u"provinceEdit")

        self.unitForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.provinceEdit)

        self.unitFormLabel4 = QLabel(self.unitGroup)
        self.unitFormLabel4.setObjectName(u"unitFormLabel4")

        self.unitForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unitFormLabel4)

        self.parentEdit = QLineEdit(self.unitGroup)
        self.parentEdit.setObjectName(u"parentEdit")

        self.unitForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.parentEdit)

        self.unitFormLabel5 = QLabel(self.unitGroup)
        self.unitFormLabel5.setObjectName(u"unitFormLabel5")

        self.unitForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.unitFormLabel5)

        self.header1Edit = QLineEdit(self.unitGroup)
        self.header1Edit.setObjectName(u"header1Edit")

        self.unitForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.header1Edit)

        self.unitFormLabel6 = QLabel(self.unitGroup)
        self.unitFormLabel6.setObjectName(u"unitFormLabel6")

        self.unitForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.unitFormLabel6)

        self.header2Edit = QLineEdit(self.unitGroup)
        self.header2Edit.setObjectName(u"header2Edit")

        self.unitForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.header2Edit)

        self.unitFormLabel7 = QLabel(self.unitGroup)
        self.unitFormLabel7.setObjectName(u"unitFormLabel7")

        self.unitForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.unitFormLabel7)

        self.placeEdit = QLineEdit(self.unitGroup)
        self.placeEdit.setObjectName(u"placeEdit")

        self.unitForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.unitFormLabel8 = QLabel(self.unitGroup)
        self.unitFormLabel8.setObjectName(u"unitFormLabel8")

        self.unitForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.unitFormLabel8)

        self.suffixEdit = QLineEdit(self.unitGroup)
        self.suffixEdit.setObjectName(u"suffixEdit")

        self.unitForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.suffixEdit)


        self.leftColumn.addWidget(self.unitGroup)

        self.signerGroup = QGroupBox(self.scrollBody)
        self.signerGroup.setObjectName(u"signerGroup")
        self.signerForm = QFormLayout(self.signerGroup)
        self.signerForm.setObjectName(u"signerForm")
        self.signerFormLabel0 = QLabel(self.signerGroup)
        self.signerFormLabel0.setObjectName(u"signerFormLabel0")

        self.signerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signerFormLabel0)

        self.authorityEdit = QLineEdit(self.signerGroup)
        self.authorityEdit.setObjectName(u"authorityEdit")

        self.signerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.authorityEdit)

        self.signerFormLabel1 = QLabel(self.signerGroup)
        self.signerFormLabel1.setObjectName(u"signerFormLabel1")

        self.signerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signerFormLabel1)

        self.signerTitleEdit = QLineEdit(self.signerGroup)
        self.signerTitleEdit.setObjectName(u"signerTitleEdit")

        self.signerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signerTitleEdit)

        self.signerFormLabel2 = QLabel(self.signerGroup)
        self.signerFormLabel2.setObjectName(u"signerFormLabel2")

        self.signerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signerFormLabel2)

        self.signerNameEdit = QLineEdit(self.signerGroup)
        self.signerNameEdit.setObjectName(u"signerNameEdit")

        self.signerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signerNameEdit)


        self.leftColumn.addWidget(self.signerGroup)

        self.keyGroup = QGroupBox(self.scrollBody)
        self.keyGroup.setObjectName(u"keyGroup")
        self.keyLayout = QGridLayout(self.keyGroup)
        self.keyLayout.setObjectName(u"keyLayout")
        self.keyFormLabel0 = QLabel(self.keyGroup)
        self.keyFormLabel0.setObjectName(u"keyFormLabel0")

        self.keyLayout.addWidget(self.keyFormLabel0, 0, 0, 1, 1)

        self.fingerprintEdit = QLineEdit(self.keyGroup)
        self.fingerprintEdit.setObjectName(u"fingerprintEdit")
        self.fingerprintEdit.setReadOnly(True)

        self.keyLayout.addWidget(self.fingerprintEdit, 0, 1, 1, 1)

        self.copyKeyButton = QPushButton(self.keyGroup)
        self.copyKeyButton.setObjectName(u"copyKeyButton")

        self.keyLayout.addWidget(self.copyKeyButton, 0, 2, 1, 1)

        self.keyHint = QLabel(self.keyGroup)
        self.keyHint.setObjectName(u"keyHint")
        self.keyHint.setWordWrap(True)
        self.keyHint.setProperty(u"role", u"hint")

        self.keyLayout.addWidget(self.keyHint, 1, 0, 1, 3)


        self.leftColumn.addWidget(self.keyGroup)

        self.backupGroup = QGroupBox(self.scrollBody)
        self.backupGroup.setObjectName(u"backupGroup")
        self.backupForm = QFormLayout(self.backupGroup)
        self.backupForm.setObjectName(u"backupForm")
        self.backupFormLabel0 = QLabel(self.backupGroup)
        self.backupFormLabel0.setObjectName(u"backupFormLabel0")

        self.backupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.backupFormLabel0)

        self.backupRow = QHBoxLayout()
        self.backupRow.setObjectName(u"backupRow")
        self.backupEdit = QLineEdit(self.backupGroup)
        self.backupEdit.setObjectName(u"backupEdit")

        self.backupRow.addWidget(self.backupEdit)

        self.backupBrowseButton = QPushButton(self.backupGroup)
        self.backupBrowseButton.setObjectName(u"backupBrowseButton")

        self.backupRow.addWidget(self.backupBrowseButton)


        self.backupForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.backupRow)

        self.backupFormLabel1 = QLabel(self.backupGroup)
        self.backupFormLabel1.setObjectName(u"backupFormLabel1")

        self.backupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.backupFormLabel1)

        self.backupKeepSpin = QSpinBox(self.backupGroup)
        self.backupKeepSpin.setObjectName(u"backupKeepSpin")
        self.backupKeepSpin.setMinimum(1)
        self.backupKeepSpin.setMaximum(365)
        self.backupKeepSpin.setValue(10)

        self.backupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.backupKeepSpin)


        self.leftColumn.addWidget(self.backupGroup)

        self.leftSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.recipientsGroup = QGroupBox(self.scrollBody)
        self.recipientsGroup.setObjectName(u"recipientsGroup")
        self.recipientsLayout = QVBoxLayout(self.recipientsGroup)
        self.recipientsLayout.setObjectName(u"recipientsLayout")
        self.recipientsEdit = QPlainTextEdit(self.recipientsGroup)
        self.recipientsEdit.setObjectName(u"recipientsEdit")
        self.recipientsEdit.setTabChangesFocus(True)
        self.recipientsEdit.setMinimumSize(QSize(0, 110))

        self.recipientsLayout.addWidget(self.recipientsEdit)


        self.rightColumn.addWidget(self.recipientsGroup)

        self.receivingGroup = QGroupBox(self.scrollBody)
        self.receivingGroup.setObjectName(u"receivingGroup")
        self.receivingForm = QFormLayout(self.receivingGroup)
        self.receivingForm.setObjectName(u"receivingForm")
        self.receivingFormLabel0 = QLabel(self.receivingGroup)
        self.receivingFormLabel0.setObjectName(u"receivingFormLabel0")

        self.receivingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receivingFormLabel0)

        self.receivingEdit = QLineEdit(self.receivingGroup)
        self.receivingEdit.setObjectName(u"receivingEdit")

        self.receivingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receivingEdit)


        self.rightColumn.addWidget(self.receivingGroup)

        self.targetsGroup = QGroupBox(self.scrollBody)
        self.targetsGroup.setObjectName(u"targetsGroup")
        self.targetsForm = QFormLayout(self.targetsGroup)
        self.targetsForm.setObjectName(u"targetsForm")
        self.targetsFormLabel0 = QLabel(self.targetsGroup)
        self.targetsFormLabel0.setObjectName(u"targetsFormLabel0")

        self.targetsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.targetsFormLabel0)

        self.targetYearSpin = QSpinBox(self.targetsGroup)
        self.targetYearSpin.setObjectName(u"targetYearSpin")
        self.targetYearSpin.setMinimum(2020)
        self.targetYearSpin.setMaximum(2100)

        self.targetsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.targetYearSpin)

        self.targetsFormLabel1 = QLabel(self.targetsGroup)
        self.targetsFormLabel1.setObjectName(u"targetsFormLabel1")

        self.targetsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.targetsFormLabel1)

        self.targetOnlineSpin = QDoubleSpinBox(self.targetsGroup)
        self.targetOnlineSpin.setObjectName(u"targetOnlineSpin")
        self.targetOnlineSpin.setDecimals(2)
        self.targetOnlineSpin.setMaximum(100.000000000000000)

        self.targetsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.targetOnlineSpin)

        self.targetsFormLabel2 = QLabel(self.targetsGroup)
        self.targetsFormLabel2.setObjectName(u"targetsFormLabel2")

        self.targetsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.targetsFormLabel2)

        self.targetPaymentSpin = QDoubleSpinBox(self.targetsGroup)
        self.targetPaymentSpin.setObjectName(u"targetPaymentSpin")
        self.targetPaymentSpin.setDecimals(2)
        self.targetPaymentSpin.setMaximum(100.000000000000000)

        self.targetsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.targetPaymentSpin)

        self.targetsFormLabel3 = QLabel(self.targetsGroup)
        self.targetsFormLabel3.setObjectName(u"targetsFormLabel3")

        self.targetsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.targetsFormLabel3)

        self.targetDigitisedSpin = QDoubleSpinBox(self.targetsGroup)
        self.targetDigitisedSpin.setObjectName(u"targetDigitisedSpin")
        self.targetDigitisedSpin.setDecimals(2)
        self.targetDigitisedSpin.setMaximum(100.000000000000000)

        self.targetsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.targetDigitisedSpin)

        self.targetsFormLabel4 = QLabel(self.targetsGroup)
        self.targetsFormLabel4.setObjectName(u"targetsFormLabel4")

        self.targetsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.targetsFormLabel4)

        self.targetSatisfactionSpin = QDoubleSpinBox(self.targetsGroup)
        self.targetSatisfactionSpin.setObjectName(u"targetSatisfactionSpin")
        self.targetSatisfactionSpin.setDecimals(2)
        self.targetSatisfactionSpin.setMaximum(100.000000000000000)

        self.targetsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.targetSatisfactionSpin)

        self.targetsHint = QLabel(self.targetsGroup)
        self.targetsHint.setObjectName(u"targetsHint")
        self.targetsHint.setWordWrap(True)
        self.targetsHint.setProperty(u"role", u"hint")

        self.targetsForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.targetsHint)

        self.createPlanButton = QPushButton(self.targetsGroup)
        self.createPlanButton.setObjectName(u"createPlanButton")

        self.targetsForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.createPlanButton)


        self.rightColumn.addWidget(self.targetsGroup)

        self.rightSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columns.addLayout(self.rightColumn)

        self.scrollArea.setWidget(self.scrollBody)

        self.pageLayout.addWidget(self.scrollArea)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.statusLabel = QLabel(SettingsPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setProperty(u"role", u"hint")

        self.buttonRow.addWidget(self.statusLabel)

        self.daysOffButton = QPushButton(SettingsPage)
        self.daysOffButton.setObjectName(u"daysOffButton")

        self.buttonRow.addWidget(self.daysOffButton)

        self.revertButton = QPushButton(SettingsPage)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonRow.addWidget(self.revertButton)

        self.saveButton = QPushButton(SettingsPage)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)


        self.pageLayout.addLayout(self.buttonRow)


        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.titleLabel.setText(QCoreApplication.translate("SettingsPage", u"C\u00e0i \u0111\u1eb7t", None))
        self.errorLabel.setText("")
        self.unitGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Th\u00f4ng tin \u0111\u01a1n v\u1ecb", None))
        self.unitFormLabel0.setText(QCoreApplication.translate("SettingsPage", u"T\u00ean \u0111\u01a1n v\u1ecb:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"v\u00ed d\u1ee5: x\u00e3 \u0110\u1ed3ng L\u1ea1c", None))
        self.unitFormLabel1.setText(QCoreApplication.translate("SettingsPage", u"Lo\u1ea1i \u0111\u01a1n v\u1ecb:", None))
        self.unitFormLabel2.setText(QCoreApplication.translate("SettingsPage", u"M\u00e3 \u0111\u01a1n v\u1ecb:", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"m\u00e3 \u0111\u1ecbnh danh \u0111i\u1ec7n t\u1eed c\u1ee7a \u0111\u01a1n v\u1ecb", None))
        self.unitFormLabel3.setText(QCoreApplication.translate("SettingsPage", u"T\u1ec9nh, th\u00e0nh ph\u1ed1:", None))
        self.provinceEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"v\u00ed d\u1ee5: H\u1ea3i D\u01b0\u01a1ng", None))
        self.unitFormLabel4.setText(QCoreApplication.translate("SettingsPage", u"C\u01a1 quan ch\u1ee7 qu\u1ea3n:", None))
        self.parentEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"\u0111\u1ec3 tr\u1ed1ng n\u1ebfu kh\u00f4ng c\u00f3", None))
        self.unitFormLabel5.setText(QCoreApplication.translate("SettingsPage", u"D\u00f2ng ti\u00eau \u0111\u1ec1 1:", None))
        self.header1Edit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"\u1ee6Y BAN NH\u00c2N D\u00c2N", None))
        self.unitFormLabel6.setText(QCoreApplication.translate("SettingsPage", u"D\u00f2ng ti\u00eau \u0111\u1ec1 2:", None))
        self.header2Edit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"X\u00c3 \u0110\u1ed2NG L\u1ea0C", None))
        self.unitFormLabel7.setText(QCoreApplication.translate("SettingsPage", u"\u0110\u1ecba danh:", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"ghi \u1edf d\u00f2ng \u201c\u2026, ng\u00e0y \u2026 th\u00e1ng \u2026 n\u0103m \u2026\u201d", None))
        self.unitFormLabel8.setText(QCoreApplication.translate("SettingsPage", u"K\u00fd hi\u1ec7u b\u00e1o c\u00e1o:", None))
        self.suffixEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"BC-UBND", None))
#if QT_CONFIG(tooltip)
        self.suffixEdit.setToolTip(QCoreApplication.translate("SettingsPage", u"Ph\u1ea7n sau s\u1ed1 b\u00e1o c\u00e1o, v\u00ed d\u1ee5 05/BC-UBND", None))
#endif // QT_CONFIG(tooltip)
        self.signerGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Ng\u01b0\u1eddi k\u00fd", None))
        self.signerFormLabel0.setText(QCoreApplication.translate("SettingsPage", u"Th\u1ea9m quy\u1ec1n k\u00fd:", None))
        self.authorityEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"TM. \u1ee6Y BAN NH\u00c2N D\u00c2N", None))
        self.signerFormLabel1.setText(QCoreApplication.translate("SettingsPage", u"Ch\u1ee9c v\u1ee5:", None))
        self.signerTitleEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"CH\u1ee6 T\u1ecaCH", None))
        self.signerFormLabel2.setText(QCoreApplication.translate("SettingsPage", u"H\u1ecd v\u00e0 t\u00ean:", None))
        self.signerNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"Nguy\u1ec5n V\u0103n A", None))
        self.keyGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Kh\u00f3a k\u00fd g\u00f3i d\u1eef li\u1ec7u g\u1eedi c\u1ea5p tr\u00ean", None))
        self.keyFormLabel0.setText(QCoreApplication.translate("SettingsPage", u"D\u1ea5u v\u00e2n tay:", None))
        self.fingerprintEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"ch\u01b0a c\u00f3 kh\u00f3a: t\u1ea1o khi xu\u1ea5t g\u00f3i l\u1ea7n \u0111\u1ea7u", None))
        self.copyKeyButton.setText(QCoreApplication.translate("SettingsPage", u"Sao ch\u00e9p", None))
#if QT_CONFIG(tooltip)
        self.copyKeyButton.setToolTip(QCoreApplication.translate("SettingsPage", u"Ch\u00e9p d\u1ea5u v\u00e2n tay \u0111\u1ec3 g\u1eedi c\u1ea5p nh\u1eadn b\u00e1o c\u00e1o \u0111\u0103ng k\u00fd", None))
#endif // QT_CONFIG(tooltip)
        self.keyHint.setText(QCoreApplication.translate("SettingsPage", u"G\u1eedi d\u1ea5u v\u00e2n tay n\u00e0y cho c\u1ea5p nh\u1eadn b\u00e1o c\u00e1o (qua \u0111i\u1ec7n tho\u1ea1i ho\u1eb7c c\u00f4ng v\u0103n) \u0111\u1ec3 h\u1ecd \u0111\u0103ng k\u00fd \u0111\u01a1n v\u1ecb: g\u00f3i d\u1eef li\u1ec7u k\u00fd b\u1eb1ng kh\u00f3a kh\u00e1c s\u1ebd b\u1ecb t\u1eeb ch\u1ed1i.", None))
        self.backupGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Sao l\u01b0u", None))
        self.backupFormLabel0.setText(QCoreApplication.translate("SettingsPage", u"Th\u01b0 m\u1ee5c sao l\u01b0u:", None))
        self.backupEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"ch\u1ecdn th\u01b0 m\u1ee5c ho\u1eb7c \u1ed5 USB", None))
        self.backupBrowseButton.setText(QCoreApplication.translate("SettingsPage", u"Ch\u1ecdn\u2026", None))
        self.backupFormLabel1.setText(QCoreApplication.translate("SettingsPage", u"Sao l\u01b0u t\u1ef1 \u0111\u1ed9ng:", None))
        self.backupKeepSpin.setPrefix(QCoreApplication.translate("SettingsPage", u"gi\u1eef ", None))
        self.backupKeepSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" b\u1ea3n g\u1ea7n nh\u1ea5t", None))
#if QT_CONFIG(tooltip)
        self.backupKeepSpin.setToolTip(QCoreApplication.translate("SettingsPage", u"Khi \u0111\u00f3ng ch\u01b0\u01a1ng tr\u00ecnh, n\u1ebfu d\u1eef li\u1ec7u c\u00f3 thay \u0111\u1ed5i, m\u1ed9t b\u1ea3n sao l\u01b0u \u0111\u01b0\u1ee3c ghi (m\u1ed7i ng\u00e0y m\u1ed9t b\u1ea3n); b\u1ea3n c\u0169 h\u01a1n s\u1ed1 n\u00e0y b\u1ecb x\u00f3a", None))
#endif // QT_CONFIG(tooltip)
        self.recipientsGroup.setTitle(QCoreApplication.translate("SettingsPage", u"N\u01a1i nh\u1eadn (m\u1ed7i d\u00f2ng m\u1ed9t n\u01a1i)", None))
        self.recipientsEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"- V\u0103n ph\u00f2ng UBND t\u1ec9nh;\n"
"- L\u01b0u: VT, VP.", None))
        self.receivingGroup.setTitle(QCoreApplication.translate("SettingsPage", u"C\u1ea5p nh\u1eadn b\u00e1o c\u00e1o", None))
        self.receivingFormLabel0.setText(QCoreApplication.translate("SettingsPage", u"T\u00ean c\u1ea5p nh\u1eadn:", None))
        self.receivingEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"v\u00ed d\u1ee5: UBND t\u1ec9nh H\u1ea3i D\u01b0\u01a1ng", None))
#if QT_CONFIG(tooltip)
        self.receivingEdit.setToolTip(QCoreApplication.translate("SettingsPage", u"Ghi \u1edf d\u00f2ng \u201c\u0110\u01a1n v\u1ecb nh\u1eadn b\u00e1o c\u00e1o\u201d c\u1ee7a bi\u1ec3u m\u1eabu", None))
#endif // QT_CONFIG(tooltip)
        self.targetsGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Ch\u1ec9 ti\u00eau n\u0103m", None))
        self.targetsFormLabel0.setText(QCoreApplication.translate("SettingsPage", u"N\u0103m:", None))
        self.targetsFormLabel1.setText(QCoreApplication.translate("SettingsPage", u"H\u1ed3 s\u01a1 tr\u1ef1c tuy\u1ebfn \u2265", None))
        self.targetOnlineSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" %", None))
        self.targetsFormLabel2.setText(QCoreApplication.translate("SettingsPage", u"Thanh to\u00e1n tr\u1ef1c tuy\u1ebfn \u2265", None))
        self.targetPaymentSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" %", None))
        self.targetsFormLabel3.setText(QCoreApplication.translate("SettingsPage", u"S\u1ed1 h\u00f3a h\u1ed3 s\u01a1 \u2265", None))
        self.targetDigitisedSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" %", None))
        self.targetsFormLabel4.setText(QCoreApplication.translate("SettingsPage", u"M\u1ee9c \u0111\u1ed9 h\u00e0i l\u00f2ng \u2265", None))
        self.targetSatisfactionSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" %", None))
        self.targetsHint.setText(QCoreApplication.translate("SettingsPage", u"Khi ch\u01b0a nh\u1eadp, \u00e1p d\u1ee5ng ch\u1ec9 ti\u00eau chung: tr\u1ef1c tuy\u1ebfn 50%, thanh to\u00e1n tr\u1ef1c tuy\u1ebfn 45%, s\u1ed1 h\u00f3a 80%, h\u00e0i l\u00f2ng 90%.", None))
        self.createPlanButton.setText(QCoreApplication.translate("SettingsPage", u"L\u1eadp k\u1ebf ho\u1ea1ch n\u0103m (\u0111i\u1ec1n s\u1eb5n ch\u1ec9 ti\u00eau)", None))
#if QT_CONFIG(tooltip)
        self.createPlanButton.setToolTip(QCoreApplication.translate("SettingsPage", u"T\u1ea1o k\u1ebf ho\u1ea1ch ki\u1ec3m so\u00e1t TTHC c\u1ee7a n\u0103m t\u1eeb k\u1ebf ho\u1ea1ch n\u0103m tr\u01b0\u1edbc ho\u1eb7c m\u1eabu", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText("")
        self.daysOffButton.setText(QCoreApplication.translate("SettingsPage", u"Ng\u00e0y ngh\u1ec9, ng\u00e0y l\u00e0m b\u00f9\u2026", None))
#if QT_CONFIG(tooltip)
        self.daysOffButton.setToolTip(QCoreApplication.translate("SettingsPage", u"Ng\u00e0y ngh\u1ec9 b\u00f9, ng\u00e0y l\u00e0m b\u00f9 do Ch\u00ednh ph\u1ee7 quy\u1ebft \u0111\u1ecbnh h\u1eb1ng n\u0103m (d\u00f9ng \u0111\u1ec3 t\u00ednh ng\u00e0y h\u1eb9n tr\u1ea3, h\u1ea1n x\u1eed l\u00fd)", None))
#endif // QT_CONFIG(tooltip)
        self.revertButton.setText(QCoreApplication.translate("SettingsPage", u"Ho\u00e0n t\u00e1c", None))
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("SettingsPage", u"B\u1ecf c\u00e1c thay \u0111\u1ed5i ch\u01b0a l\u01b0u", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("SettingsPage", u"L\u01b0u", None))
        pass
    # retranslateUi

