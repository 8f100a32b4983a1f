# Generated from ui/setup_wizard.ui by `python -m tthc_desktop.gui.forms.build`. Do not edit: edit the .ui file
# in Qt Designer (pyside6-designer) and run the build again.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizard, QWizardPage)

class Ui_SetupWizard(object):
    def setupUi(self, SetupWizard):
        if not SetupWizard.objectName():
            SetupWizard.setObjectName(u"SetupWizard")
        SetupWizard.setMinimumSize(QSize(640, 460))
        SetupWizard.setWizardStyle(QWizard.ClassicStyle)
        self.profilePage = QWizardPage()
        self.profilePage.setObjectName(u"profilePage")
        self.profileForm = QFormLayout(self.profilePage)
        self.profileForm.setObjectName(u"profileForm")
        self.profileFormLabel0 = QLabel(self.profilePage)
        self.profileFormLabel0.setObjectName(u"profileFormLabel0")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.profileFormLabel0)

        self.nameEdit = QLineEdit(self.profilePage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.profileFormLabel1 = QLabel(self.profilePage)
        self.profileFormLabel1.setObjectName(u"profileFormLabel1")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.profileFormLabel1)

        self.unitTypeCombo = QComboBox(self.profilePage)
        self.unitTypeCombo.setObjectName(u"unitTypeCombo")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitTypeCombo)

        self.profileFormLabel2 = QLabel(self.profilePage)
        self.profileFormLabel2.setObjectName(u"profileFormLabel2")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.profileFormLabel2)

        self.provinceEdit = QLineEdit(self.profilePage)
        self.provinceEdit.setObjectName(u"provinceEdit")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.provinceEdit)

        self.profileFormLabel3 = QLabel(self.profilePage)
        self.profileFormLabel3.setObjectName(u"profileFormLabel3")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.profileFormLabel3)

        self.placeEdit = QLineEdit(self.profilePage)
        self.placeEdit.setObjectName(u"placeEdit")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.profileFormLabel4 = QLabel(self.profilePage)
        self.profileFormLabel4.setObjectName(u"profileFormLabel4")

        self.profileForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.profileFormLabel4)

        self.signerNameEdit = QLineEdit(self.profilePage)
        self.signerNameEdit.setObjectName(u"signerNameEdit")

        self.profileForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.signerNameEdit)

        self.profileFormLabel5 = QLabel(self.profilePage)
        self.profileFormLabel5.setObjectName(u"profileFormLabel5")

        self.profileForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.profileFormLabel5)

        self.receivingEdit = QLineEdit(self.profilePage)
        self.receivingEdit.setObjectName(u"receivingEdit")

        self.profileForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.receivingEdit)

        self.receivingCheck = QCheckBox(self.profilePage)
        self.receivingCheck.setObjectName(u"receivingCheck")

        self.profileForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.receivingCheck)

        SetupWizard.addPage(self.profilePage)
        self.startPage = QWizardPage()
        self.startPage.setObjectName(u"startPage")
        self.startLayout = QVBoxLayout(self.startPage)
        self.startLayout.setObjectName(u"startLayout")
        self.emptyRadio = QRadioButton(self.startPage)
        self.emptyRadio.setObjectName(u"emptyRadio")
        self.emptyRadio.setChecked(True)

        self.startLayout.addWidget(self.emptyRadio)

        self.demoRadio = QRadioButton(self.startPage)
        self.demoRadio.setObjectName(u"demoRadio")

        self.startLayout.addWidget(self.demoRadio)

        self.importRadio = QRadioButton(self.startPage)
        self.importRadio.setObjectName(u"importRadio")

        self.startLayout.addWidget(self.importRadio)

        self.importRow = QHBoxLayout()
        self.importRow.setObjectName(u"importRow")
        self.importEdit = QLineEdit(self.startPage)
        self.importEdit.setObjectName(u"importEdit")

        self.importRow.addWidget(self.importEdit)

        self.importBrowseButton = QPushButton(self.startPage)
        self.importBrowseButton.setObjectName(u"importBrowseButton")

        self.importRow.addWidget(self.importBrowseButton)


        self.startLayout.addLayout(self.importRow)

        self.startHint = QLabel(self.startPage)
        self.startHint.setObjectName(u"startHint")
        self.startHint.setWordWrap(True)
        self.startHint.setProperty(u"role", u"hint")

        self.startLayout.addWidget(self.startHint)

        self.startSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.startLayout.addItem(self.startSpacer)

        SetupWizard.addPage(self.startPage)

        self.retranslateUi(SetupWizard)

        QMetaObject.connectSlotsByName(SetupWizard)
    # setupUi

    def retranslateUi(self, SetupWizard):
        SetupWizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"Thi\u1ebft l\u1eadp ban \u0111\u1ea7u \u2014 TTHC Desktop", None))
        self.profilePage.setTitle(QCoreApplication.translate("SetupWizard", u"Th\u00f4ng tin \u0111\u01a1n v\u1ecb", None))
        self.profilePage.setSubTitle(QCoreApplication.translate("SetupWizard", u"C\u00e1c th\u00f4ng tin n\u00e0y in \u1edf \u0111\u1ea7u b\u00e1o c\u00e1o; c\u00f3 th\u1ec3 s\u1eeda sau trong m\u1ee5c C\u00e0i \u0111\u1eb7t.", None))
        self.profileFormLabel0.setText(QCoreApplication.translate("SetupWizard", u"T\u00ean \u0111\u01a1n v\u1ecb:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"v\u00ed d\u1ee5: x\u00e3 \u0110\u1ed3ng L\u1ea1c", None))
        self.profileFormLabel1.setText(QCoreApplication.translate("SetupWizard", u"Lo\u1ea1i \u0111\u01a1n v\u1ecb:", None))
        self.profileFormLabel2.setText(QCoreApplication.translate("SetupWizard", u"T\u1ec9nh, th\u00e0nh ph\u1ed1:", None))
        self.provinceEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"v\u00ed d\u1ee5: H\u1ea3i D\u01b0\u01a1ng", None))
        self.profileFormLabel3.setText(QCoreApplication.translate("SetupWizard", u"\u0110\u1ecba danh:", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"v\u00ed d\u1ee5: \u0110\u1ed3ng L\u1ea1c", None))
        self.profileFormLabel4.setText(QCoreApplication.translate("SetupWizard", u"Ng\u01b0\u1eddi k\u00fd (Ch\u1ee7 t\u1ecbch):", None))
        self.signerNameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"h\u1ecd v\u00e0 t\u00ean", None))
        self.profileFormLabel5.setText(QCoreApplication.translate("SetupWizard", u"C\u1ea5p nh\u1eadn b\u00e1o c\u00e1o:", None))
        self.receivingEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"v\u00ed d\u1ee5: UBND t\u1ec9nh H\u1ea3i D\u01b0\u01a1ng", None))
        self.receivingCheck.setText(QCoreApplication.translate("SetupWizard", u"\u0110\u00e2y l\u00e0 c\u01a1 quan nh\u1eadn b\u00e1o c\u00e1o c\u1ee7a c\u00e1c x\u00e3, ph\u01b0\u1eddng (c\u1ea5p t\u1ec9nh)", None))
#if QT_CONFIG(tooltip)
        self.receivingCheck.setToolTip(QCoreApplication.translate("SetupWizard", u"UBND t\u1ec9nh ho\u1eb7c c\u01a1 quan t\u1ec9nh ch\u1ec9 \u0111\u1ecbnh: nh\u1eadn g\u00f3i d\u1eef li\u1ec7u USB c\u1ee7a c\u00e1c x\u00e3, ph\u01b0\u1eddng, t\u1ed5ng h\u1ee3p v\u00e0 l\u1eadp b\u00e1o c\u00e1o chung", None))
#endif // QT_CONFIG(tooltip)
        self.startPage.setTitle(QCoreApplication.translate("SetupWizard", u"B\u1eaft \u0111\u1ea7u", None))
        self.startPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"Ch\u1ecdn c\u00e1ch b\u1eaft \u0111\u1ea7u l\u00e0m vi\u1ec7c.", None))
        self.emptyRadio.setText(QCoreApplication.translate("SetupWizard", u"B\u1eaft \u0111\u1ea7u v\u1edbi d\u1eef li\u1ec7u tr\u1ed1ng", None))
        self.demoRadio.setText(QCoreApplication.translate("SetupWizard", u"N\u1ea1p d\u1eef li\u1ec7u m\u1eabu \u0111\u1ec3 d\u00f9ng th\u1eed (c\u00f3 th\u1ec3 x\u00f3a sau)", None))
        self.importRadio.setText(QCoreApplication.translate("SetupWizard", u"Nh\u1eadp danh m\u1ee5c TTHC t\u1eeb t\u1ec7p Excel/CSV c\u1ee7a t\u1ec9nh", None))
        self.importEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"\u0111\u01b0\u1eddng d\u1eabn t\u1ec7p .xlsx ho\u1eb7c .csv", None))
        self.importBrowseButton.setText(QCoreApplication.translate("SetupWizard", u"Ch\u1ecdn t\u1ec7p\u2026", None))
        self.startHint.setText("")
    # retranslateUi

