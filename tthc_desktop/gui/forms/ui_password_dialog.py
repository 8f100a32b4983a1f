# Generated from ui/password_dialog.ui by `python -m tthc_desktop.gui.forms.build`. Do not edit: edit the .ui file
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

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.setMinimumSize(QSize(440, 0))
        self.dialogLayout = QVBoxLayout(PasswordDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(PasswordDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.passwordForm = QFormLayout()
        self.passwordForm.setObjectName(u"passwordForm")
        self.passwordFormLabel0 = QLabel(PasswordDialog)
        self.passwordFormLabel0.setObjectName(u"passwordFormLabel0")

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordFormLabel0)

        self.oldPasswordEdit = QLineEdit(PasswordDialog)
        self.oldPasswordEdit.setObjectName(u"oldPasswordEdit")
        self.oldPasswordEdit.setEchoMode(QLineEdit.Password)

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.oldPasswordEdit)

        self.passwordFormLabel1 = QLabel(PasswordDialog)
        self.passwordFormLabel1.setObjectName(u"passwordFormLabel1")

        self.passwordForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordFormLabel1)

        self.newPasswordEdit = QLineEdit(PasswordDialog)
        self.newPasswordEdit.setObjectName(u"newPasswordEdit")
        self.newPasswordEdit.setEchoMode(QLineEdit.Password)

        self.passwordForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newPasswordEdit)

        self.passwordFormLabel2 = QLabel(PasswordDialog)
        self.passwordFormLabel2.setObjectName(u"passwordFormLabel2")

        self.passwordForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordFormLabel2)

        self.repeatEdit = QLineEdit(PasswordDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.Password)

        self.passwordForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.dialogLayout.addLayout(self.passwordForm)

        self.errorLabel = QLabel(PasswordDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"banner")
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(PasswordDialog)

        QMetaObject.connectSlotsByName(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"\u0110\u1ed5i m\u1eadt kh\u1ea9u", None))
        self.introLabel.setText("")
        self.passwordFormLabel0.setText(QCoreApplication.translate("PasswordDialog", u"M\u1eadt kh\u1ea9u hi\u1ec7n t\u1ea1i:", None))
        self.passwordFormLabel1.setText(QCoreApplication.translate("PasswordDialog", u"M\u1eadt kh\u1ea9u m\u1edbi:", None))
        self.newPasswordEdit.setPlaceholderText(QCoreApplication.translate("PasswordDialog", u"\u00edt nh\u1ea5t 8 k\u00fd t\u1ef1", None))
        self.passwordFormLabel2.setText(QCoreApplication.translate("PasswordDialog", u"Nh\u1eadp l\u1ea1i m\u1eadt kh\u1ea9u m\u1edbi:", None))
        self.errorLabel.setText("")
    # retranslateUi

