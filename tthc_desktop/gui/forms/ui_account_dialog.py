# Generated from ui/account_dialog.ui by `python -m tthc_desktop.gui.forms.build`. Do not edit: edit the .ui file
# in Qt Designer (pyside6-designer) and run the build again.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AccountDialog(object):
    def setupUi(self, AccountDialog):
        if not AccountDialog.objectName():
            AccountDialog.setObjectName(u"AccountDialog")
        AccountDialog.setMinimumSize(QSize(600, 0))
        self.dialogLayout = QVBoxLayout(AccountDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(AccountDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.accountForm = QFormLayout()
        self.accountForm.setObjectName(u"accountForm")
        self.accountFormLabel0 = QLabel(AccountDialog)
        self.accountFormLabel0.setObjectName(u"accountFormLabel0")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.accountFormLabel0)

        self.userEdit = QLineEdit(AccountDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.accountFormLabel1 = QLabel(AccountDialog)
        self.accountFormLabel1.setObjectName(u"accountFormLabel1")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.accountFormLabel1)

        self.fullNameEdit = QLineEdit(AccountDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.accountFormLabel2 = QLabel(AccountDialog)
        self.accountFormLabel2.setObjectName(u"accountFormLabel2")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.accountFormLabel2)

        self.passwordEdit = QLineEdit(AccountDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.accountForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.accountFormLabel3 = QLabel(AccountDialog)
        self.accountFormLabel3.setObjectName(u"accountFormLabel3")

        self.accountForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.accountFormLabel3)

        self.repeatEdit = QLineEdit(AccountDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.Password)

        self.accountForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.dialogLayout.addLayout(self.accountForm)

        self.rolesGroup = QGroupBox(AccountDialog)
        self.rolesGroup.setObjectName(u"rolesGroup")
        self.rolesLayout = QVBoxLayout(self.rolesGroup)
        self.rolesLayout.setObjectName(u"rolesLayout")
        self.roleDataCheck = QCheckBox(self.rolesGroup)
        self.roleDataCheck.setObjectName(u"roleDataCheck")

        self.rolesLayout.addWidget(self.roleDataCheck)

        self.roleLeaderCheck = QCheckBox(self.rolesGroup)
        self.roleLeaderCheck.setObjectName(u"roleLeaderCheck")

        self.rolesLayout.addWidget(self.roleLeaderCheck)

        self.roleAdminCheck = QCheckBox(self.rolesGroup)
        self.roleAdminCheck.setObjectName(u"roleAdminCheck")

        self.rolesLayout.addWidget(self.roleAdminCheck)


        self.dialogLayout.addWidget(self.rolesGroup)

        self.errorLabel = QLabel(AccountDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"banner")
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AccountDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(AccountDialog)

        QMetaObject.connectSlotsByName(AccountDialog)
    # setupUi

    def retranslateUi(self, AccountDialog):
        AccountDialog.setWindowTitle(QCoreApplication.translate("AccountDialog", u"Th\u00eam t\u00e0i kho\u1ea3n", None))
        self.introLabel.setText("")
        self.accountFormLabel0.setText(QCoreApplication.translate("AccountDialog", u"T\u00ean \u0111\u0103ng nh\u1eadp:", None))
        self.userEdit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"v\u00ed d\u1ee5: lan.nt (kh\u00f4ng d\u1ea5u c\u00e1ch)", None))
        self.accountFormLabel1.setText(QCoreApplication.translate("AccountDialog", u"H\u1ecd v\u00e0 t\u00ean:", None))
        self.fullNameEdit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"v\u00ed d\u1ee5: Nguy\u1ec5n Th\u1ecb Lan", None))
        self.accountFormLabel2.setText(QCoreApplication.translate("AccountDialog", u"M\u1eadt kh\u1ea9u:", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"\u00edt nh\u1ea5t 8 k\u00fd t\u1ef1", None))
        self.accountFormLabel3.setText(QCoreApplication.translate("AccountDialog", u"Nh\u1eadp l\u1ea1i m\u1eadt kh\u1ea9u:", None))
        self.rolesGroup.setTitle(QCoreApplication.translate("AccountDialog", u"Vai tr\u00f2", None))
        self.roleDataCheck.setText(QCoreApplication.translate("AccountDialog", u"Nh\u1eadp li\u1ec7u \u2014 nh\u1eadp, s\u1eeda s\u1ed1 li\u1ec7u, danh m\u1ee5c, v\u0103n b\u1ea3n, ph\u1ea3n \u00e1nh; xu\u1ea5t g\u00f3i", None))
        self.roleLeaderCheck.setText(QCoreApplication.translate("AccountDialog", u"L\u00e3nh \u0111\u1ea1o \u2014 ph\u00e1t h\u00e0nh b\u00e1o c\u00e1o, m\u1edf kh\u00f3a k\u1ef3 b\u00e1o c\u00e1o (v\u00e0 nh\u1eadp li\u1ec7u)", None))
        self.roleAdminCheck.setText(QCoreApplication.translate("AccountDialog", u"Qu\u1ea3n tr\u1ecb \u2014 t\u00e0i kho\u1ea3n, c\u00e0i \u0111\u1eb7t, kh\u00f4i ph\u1ee5c d\u1eef li\u1ec7u", None))
        self.errorLabel.setText("")
    # retranslateUi

