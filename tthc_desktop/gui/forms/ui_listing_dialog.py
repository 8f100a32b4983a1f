# Generated from ui/listing_dialog.ui by `python -m tthc_desktop.gui.forms.build`. Do not edit: edit the .ui file
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ListingDialog(object):
    def setupUi(self, ListingDialog):
        if not ListingDialog.objectName():
            ListingDialog.setObjectName(u"ListingDialog")
        ListingDialog.setMinimumSize(QSize(680, 0))
        self.dialogLayout = QVBoxLayout(ListingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.listingForm = QFormLayout()
        self.listingForm.setObjectName(u"listingForm")
        self.listingFormLabel0 = QLabel(ListingDialog)
        self.listingFormLabel0.setObjectName(u"listingFormLabel0")

        self.listingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.listingFormLabel0)

        self.dateEdit = QDateEdit(ListingDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.listingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.listingFormLabel1 = QLabel(ListingDialog)
        self.listingFormLabel1.setObjectName(u"listingFormLabel1")

        self.listingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.listingFormLabel1)

        self.fieldCombo = QComboBox(ListingDialog)
        self.fieldCombo.setObjectName(u"fieldCombo")

        self.listingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fieldCombo)

        self.listingFormLabel2 = QLabel(ListingDialog)
        self.listingFormLabel2.setObjectName(u"listingFormLabel2")

        self.listingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.listingFormLabel2)

        self.sizeCombo = QComboBox(ListingDialog)
        self.sizeCombo.setObjectName(u"sizeCombo")

        self.listingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sizeCombo)

        self.listingFormLabel3 = QLabel(ListingDialog)
        self.listingFormLabel3.setObjectName(u"listingFormLabel3")

        self.listingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.listingFormLabel3)

        self.numberEdit = QLineEdit(ListingDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.listingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.numberEdit)


        self.dialogLayout.addLayout(self.listingForm)

        self.qrGroup = QGroupBox(ListingDialog)
        self.qrGroup.setObjectName(u"qrGroup")
        self.qrForm = QFormLayout(self.qrGroup)
        self.qrForm.setObjectName(u"qrForm")
        self.qrFormLabel0 = QLabel(self.qrGroup)
        self.qrFormLabel0.setObjectName(u"qrFormLabel0")

        self.qrForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.qrFormLabel0)

        self.linkEdit = QLineEdit(self.qrGroup)
        self.linkEdit.setObjectName(u"linkEdit")

        self.qrForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.linkEdit)

        self.qrFormLabel1 = QLabel(self.qrGroup)
        self.qrFormLabel1.setObjectName(u"qrFormLabel1")

        self.qrForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.qrFormLabel1)

        self.hotlineEdit = QLineEdit(self.qrGroup)
        self.hotlineEdit.setObjectName(u"hotlineEdit")

        self.qrForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hotlineEdit)

        self.qrFormLabel2 = QLabel(self.qrGroup)
        self.qrFormLabel2.setObjectName(u"qrFormLabel2")

        self.qrForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.qrFormLabel2)

        self.fbAddressEdit = QLineEdit(self.qrGroup)
        self.fbAddressEdit.setObjectName(u"fbAddressEdit")

        self.qrForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fbAddressEdit)

        self.qrFormLabel3 = QLabel(self.qrGroup)
        self.qrFormLabel3.setObjectName(u"qrFormLabel3")

        self.qrForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.qrFormLabel3)

        self.fbUrlEdit = QLineEdit(self.qrGroup)
        self.fbUrlEdit.setObjectName(u"fbUrlEdit")

        self.qrForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fbUrlEdit)

        self.qrFormLabel4 = QLabel(self.qrGroup)
        self.qrFormLabel4.setObjectName(u"qrFormLabel4")

        self.qrForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.qrFormLabel4)

        self.surveyEdit = QLineEdit(self.qrGroup)
        self.surveyEdit.setObjectName(u"surveyEdit")

        self.qrForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.surveyEdit)


        self.dialogLayout.addWidget(self.qrGroup)

        self.summaryLabel = QLabel(ListingDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.summaryLabel)

        self.errorLabel = QLabel(ListingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"banner")
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.openButton = QPushButton(ListingDialog)
        self.openButton.setObjectName(u"openButton")

        self.actionsRow.addWidget(self.openButton)

        self.printButton = QPushButton(ListingDialog)
        self.printButton.setObjectName(u"printButton")

        self.actionsRow.addWidget(self.printButton)

        self.saveButton = QPushButton(ListingDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.actionsRow.addWidget(self.saveButton)

        self.recordButton = QPushButton(ListingDialog)
        self.recordButton.setObjectName(u"recordButton")

        self.actionsRow.addWidget(self.recordButton)

        self.actionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsRow.addItem(self.actionsSpacer)

        self.buttonBox = QDialogButtonBox(ListingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.actionsRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.actionsRow)


        self.retranslateUi(ListingDialog)

        QMetaObject.connectSlotsByName(ListingDialog)
    # setupUi

    def retranslateUi(self, ListingDialog):
        ListingDialog.setWindowTitle(QCoreApplication.translate("ListingDialog", u"In b\u1ea3ng ni\u00eam y\u1ebft th\u1ee7 t\u1ee5c h\u00e0nh ch\u00ednh (m\u00e3 QR)", None))
        self.listingFormLabel0.setText(QCoreApplication.translate("ListingDialog", u"Ng\u00e0y ni\u00eam y\u1ebft:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ListingDialog", u"dd/MM/yyyy", None))
        self.listingFormLabel1.setText(QCoreApplication.translate("ListingDialog", u"L\u0129nh v\u1ef1c:", None))
        self.listingFormLabel2.setText(QCoreApplication.translate("ListingDialog", u"Kh\u1ed5 gi\u1ea5y:", None))
        self.listingFormLabel3.setText(QCoreApplication.translate("ListingDialog", u"S\u1ed1 v\u0103n b\u1ea3n ni\u00eam y\u1ebft:", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("ListingDialog", u"n\u1ebfu c\u00f3; ghi khi ghi nh\u1eadn l\u1ea7n ni\u00eam y\u1ebft", None))
        self.qrGroup.setTitle(QCoreApplication.translate("ListingDialog", u"M\u00e3 QR (l\u01b0u v\u00e0o c\u00e0i \u0111\u1eb7t c\u1ee7a \u0111\u01a1n v\u1ecb)", None))
        self.qrFormLabel0.setText(QCoreApplication.translate("ListingDialog", u"\u0110\u01b0\u1eddng d\u1eabn th\u1ee7 t\u1ee5c:", None))
#if QT_CONFIG(tooltip)
        self.linkEdit.setToolTip(QCoreApplication.translate("ListingDialog", u"{code} \u0111\u01b0\u1ee3c thay b\u1eb1ng m\u00e3 th\u1ee7 t\u1ee5c, v\u00ed d\u1ee5 1.001193", None))
#endif // QT_CONFIG(tooltip)
        self.qrFormLabel1.setText(QCoreApplication.translate("ListingDialog", u"\u0110\u01b0\u1eddng d\u00e2y n\u00f3ng ph\u1ea3n \u00e1nh:", None))
        self.qrFormLabel2.setText(QCoreApplication.translate("ListingDialog", u"\u0110\u1ecba ch\u1ec9 nh\u1eadn ph\u1ea3n \u00e1nh:", None))
        self.qrFormLabel3.setText(QCoreApplication.translate("ListingDialog", u"\u0110\u01b0\u1eddng d\u1eabn ph\u1ea3n \u00e1nh, ki\u1ebfn ngh\u1ecb:", None))
        self.fbUrlEdit.setPlaceholderText(QCoreApplication.translate("ListingDialog", u"\u0111\u1ec3 tr\u1ed1ng: kh\u00f4ng in m\u00e3 QR ph\u1ea3n \u00e1nh", None))
        self.qrFormLabel4.setText(QCoreApplication.translate("ListingDialog", u"\u0110\u01b0\u1eddng d\u1eabn kh\u1ea3o s\u00e1t h\u00e0i l\u00f2ng:", None))
        self.surveyEdit.setPlaceholderText(QCoreApplication.translate("ListingDialog", u"\u0111\u1ec3 tr\u1ed1ng: kh\u00f4ng in m\u00e3 QR kh\u1ea3o s\u00e1t", None))
        self.summaryLabel.setText("")
        self.errorLabel.setText("")
        self.openButton.setText(QCoreApplication.translate("ListingDialog", u"M\u1edf PDF", None))
        self.printButton.setText(QCoreApplication.translate("ListingDialog", u"In\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("ListingDialog", u"L\u01b0u PDF\u2026", None))
        self.recordButton.setText(QCoreApplication.translate("ListingDialog", u"Ghi nh\u1eadn l\u1ea7n ni\u00eam y\u1ebft", None))
#if QT_CONFIG(tooltip)
        self.recordButton.setToolTip(QCoreApplication.translate("ListingDialog", u"Ghi v\u00e0o s\u1ed5 v\u0103n b\u1ea3n (lo\u1ea1i Ni\u00eam y\u1ebft) ng\u00e0y ni\u00eam y\u1ebft v\u00e0 c\u00e1c th\u1ee7 t\u1ee5c tr\u00ean b\u1ea3ng", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

