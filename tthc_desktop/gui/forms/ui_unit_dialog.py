# Generated from ui/unit_dialog.ui by `python -m tthc_desktop.gui.forms.build`. Do not edit: edit the .ui file
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_UnitDialog(object):
    def setupUi(self, UnitDialog):
        if not UnitDialog.objectName():
            UnitDialog.setObjectName(u"UnitDialog")
        UnitDialog.setMinimumSize(QSize(560, 0))
        self.dialogLayout = QVBoxLayout(UnitDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(UnitDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.introLabel)

        self.unitForm = QFormLayout()
        self.unitForm.setObjectName(u"unitForm")
        self.unitFormLabel0 = QLabel(UnitDialog)
        self.unitFormLabel0.setObjectName(u"unitFormLabel0")

        self.unitForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitFormLabel0)

        self.codeEdit = QLineEdit(UnitDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.unitForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.unitFormLabel1 = QLabel(UnitDialog)
        self.unitFormLabel1.setObjectName(u"unitFormLabel1")

        self.unitForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitFormLabel1)

        self.nameEdit = QLineEdit(UnitDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.unitForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.unitFormLabel2 = QLabel(UnitDialog)
        self.unitFormLabel2.setObjectName(u"unitFormLabel2")

        self.unitForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitFormLabel2)

        self.typeCombo = QComboBox(UnitDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.unitForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.unitFormLabel3 = QLabel(UnitDialog)
        self.unitFormLabel3.setObjectName(u"unitFormLabel3")

        self.unitForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unitFormLabel3)

        self.fingerprintEdit = QLineEdit(UnitDialog)
        self.fingerprintEdit.setObjectName(u"fingerprintEdit")

        self.unitForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fingerprintEdit)

        self.selfCheck = QCheckBox(UnitDialog)
        self.selfCheck.setObjectName(u"selfCheck")

        self.unitForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.selfCheck)

        self.fingerprintHint = QLabel(UnitDialog)
        self.fingerprintHint.setObjectName(u"fingerprintHint")
        self.fingerprintHint.setWordWrap(True)
        self.fingerprintHint.setProperty(u"role", u"hint")

        self.unitForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.fingerprintHint)


        self.dialogLayout.addLayout(self.unitForm)

        self.errorLabel = QLabel(UnitDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"banner")
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(UnitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(UnitDialog)

        QMetaObject.connectSlotsByName(UnitDialog)
    # setupUi

    def retranslateUi(self, UnitDialog):
        UnitDialog.setWindowTitle(QCoreApplication.translate("UnitDialog", u"\u0110\u0103ng k\u00fd \u0111\u01a1n v\u1ecb g\u1eedi b\u00e1o c\u00e1o", None))
        self.introLabel.setText(QCoreApplication.translate("UnitDialog", u"\u0110\u01a1n v\u1ecb g\u1eedi b\u00e1o c\u00e1o cho c\u01a1 quan n\u00e0y (x\u00e3, ph\u01b0\u1eddng, \u0111\u1eb7c khu \u2026). M\u00e3 \u0111\u01a1n v\u1ecb ph\u1ea3i tr\u00f9ng m\u00e3 ghi trong g\u00f3i d\u1eef li\u1ec7u c\u1ee7a \u0111\u01a1n v\u1ecb (m\u1ee5c C\u00e0i \u0111\u1eb7t c\u1ee7a \u0111\u01a1n v\u1ecb).", None))
        self.unitFormLabel0.setText(QCoreApplication.translate("UnitDialog", u"M\u00e3 \u0111\u01a1n v\u1ecb:", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("UnitDialog", u"v\u00ed d\u1ee5: 000.00.10.H26", None))
        self.unitFormLabel1.setText(QCoreApplication.translate("UnitDialog", u"T\u00ean \u0111\u01a1n v\u1ecb:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("UnitDialog", u"v\u00ed d\u1ee5: x\u00e3 \u0110\u1ed3ng L\u1ea1c", None))
        self.unitFormLabel2.setText(QCoreApplication.translate("UnitDialog", u"Lo\u1ea1i \u0111\u01a1n v\u1ecb:", None))
        self.unitFormLabel3.setText(QCoreApplication.translate("UnitDialog", u"D\u1ea5u v\u00e2n tay kh\u00f3a:", None))
        self.fingerprintEdit.setPlaceholderText(QCoreApplication.translate("UnitDialog", u"32 ch\u1eef s\u1ed1, v\u00ed d\u1ee5 3F2A 9C1B 0D4E 77A1 5B60 C2D8 9E13 4F07", None))
        self.selfCheck.setText(QCoreApplication.translate("UnitDialog", u"S\u1ed1 li\u1ec7u c\u1ee7a ch\u00ednh c\u01a1 quan n\u00e0y (ghi ri\u00eang d\u00f2ng \u201cT\u1ea1i \u2026\u201d, t\u00e1ch kh\u1ecfi c\u00e1c x\u00e3, ph\u01b0\u1eddng)", None))
        self.fingerprintHint.setText(QCoreApplication.translate("UnitDialog", u"\u0110\u01a1n v\u1ecb \u0111\u1ecdc d\u1ea5u v\u00e2n tay trong m\u1ee5c C\u00e0i \u0111\u1eb7t c\u1ee7a m\u00ecnh (ho\u1eb7c l\u1ec7nh \u201ctthc-desktop key show\u201d) v\u00e0 b\u00e1o qua \u0111i\u1ec7n tho\u1ea1i ho\u1eb7c c\u00f4ng v\u0103n. \u0110\u1ec3 tr\u1ed1ng n\u1ebfu ch\u01b0a c\u00f3: g\u00f3i \u0111\u1ea7u ti\u00ean c\u1ee7a \u0111\u01a1n v\u1ecb s\u1ebd ph\u1ea3i \u0111\u01b0\u1ee3c x\u00e1c nh\u1eadn tin c\u1eady khi nh\u1eadp.", None))
        self.errorLabel.setText("")
    # retranslateUi

