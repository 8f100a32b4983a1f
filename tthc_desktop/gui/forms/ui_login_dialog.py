# Generated from ui/login_dialog.ui by `python -m tthc_desktop.gui.forms.build`. Do not edit: edit the .ui file
# in Qt Designer (pyside6-designer) and run the build again.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.setMinimumSize(QSize(420, 0))
        self.dialogLayout = QVBoxLayout(LoginDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.unitLabel = QLabel(LoginDialog)
        self.unitLabel.setObjectName(u"unitLabel")
        self.unitLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.unitLabel)

        self.loginForm = QFormLayout()
        self.loginForm.setObjectName(u"loginForm")
        self.loginFormLabel0 = QLabel(LoginDialog)
        self.loginFormLabel0.setObjectName(u"loginFormLabel0")

        self.loginForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginFormLabel0)

        self.userEdit = QLineEdit(LoginDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.loginForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.loginFormLabel1 = QLabel(LoginDialog)
        self.loginFormLabel1.setObjectName(u"loginFormLabel1")

        self.loginForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.loginFormLabel1)

        self.passwordEdit = QLineEdit(LoginDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.loginForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.dialogLayout.addLayout(self.loginForm)

        self.errorLabel = QLabel(LoginDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"banner")
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(LoginDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(LoginDialog)

        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"\u0110\u0103ng nh\u1eadp \u2014 TTHC Desktop", None))
        self.unitLabel.setText("")
        self.loginFormLabel0.setText(QCoreApplication.translate("LoginDialog", u"T\u00ean \u0111\u0103ng nh\u1eadp:", None))
        self.loginFormLabel1.setText(QCoreApplication.translate("LoginDialog", u"M\u1eadt kh\u1ea9u:", None))
        self.errorLabel.setText("")
    # retranslateUi

