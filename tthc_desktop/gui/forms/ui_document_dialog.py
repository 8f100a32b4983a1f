# Generated from ui/document_dialog.ui by `python -m tthc_desktop.gui.forms.build`. Do not edit: edit the .ui file
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
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QLabel, QLineEdit, QListView,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DocumentDialog(object):
    def setupUi(self, DocumentDialog):
        if not DocumentDialog.objectName():
            DocumentDialog.setObjectName(u"DocumentDialog")
        DocumentDialog.setMinimumSize(QSize(760, 560))
        self.dialogLayout = QVBoxLayout(DocumentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorLabel = QLabel(DocumentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"banner")
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.docForm = QFormLayout()
        self.docForm.setObjectName(u"docForm")
        self.docFormLabel0 = QLabel(DocumentDialog)
        self.docFormLabel0.setObjectName(u"docFormLabel0")

        self.docForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.docFormLabel0)

        self.kindCombo = QComboBox(DocumentDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.docForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.docFormLabel1 = QLabel(DocumentDialog)
        self.docFormLabel1.setObjectName(u"docFormLabel1")

        self.docForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.docFormLabel1)

        self.numberEdit = QLineEdit(DocumentDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.docForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.docFormLabel2 = QLabel(DocumentDialog)
        self.docFormLabel2.setObjectName(u"docFormLabel2")

        self.docForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.docFormLabel2)

        self.issuedEdit = QDateEdit(DocumentDialog)
        self.issuedEdit.setObjectName(u"issuedEdit")
        self.issuedEdit.setCalendarPopup(True)

        self.docForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issuedEdit)

        self.docFormLabel3 = QLabel(DocumentDialog)
        self.docFormLabel3.setObjectName(u"docFormLabel3")

        self.docForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.docFormLabel3)

        self.summaryEdit = QPlainTextEdit(DocumentDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)
        self.summaryEdit.setMaximumSize(QSize(16777215, 60))

        self.docForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.docFormLabel4 = QLabel(DocumentDialog)
        self.docFormLabel4.setObjectName(u"docFormLabel4")

        self.docForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.docFormLabel4)

        self.tagList = QListWidget(DocumentDialog)
        self.tagList.setObjectName(u"tagList")
        self.tagList.setMaximumSize(QSize(16777215, 90))
        self.tagList.setFlow(QListView.LeftToRight)
        self.tagList.setWrapping(True)

        self.docForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.tagList)

        self.docFormLabel5 = QLabel(DocumentDialog)
        self.docFormLabel5.setObjectName(u"docFormLabel5")

        self.docForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.docFormLabel5)

        self.issuerEdit = QLineEdit(DocumentDialog)
        self.issuerEdit.setObjectName(u"issuerEdit")

        self.docForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.issuerEdit)


        self.dialogLayout.addLayout(self.docForm)

        self.linkGroup = QGroupBox(DocumentDialog)
        self.linkGroup.setObjectName(u"linkGroup")
        self.linkLayout = QGridLayout(self.linkGroup)
        self.linkLayout.setObjectName(u"linkLayout")
        self.procSearchEdit = QLineEdit(self.linkGroup)
        self.procSearchEdit.setObjectName(u"procSearchEdit")

        self.linkLayout.addWidget(self.procSearchEdit, 0, 0, 1, 1)

        self.actionCombo = QComboBox(self.linkGroup)
        self.actionCombo.setObjectName(u"actionCombo")

        self.linkLayout.addWidget(self.actionCombo, 0, 1, 1, 1)

        self.candidateList = QListWidget(self.linkGroup)
        self.candidateList.setObjectName(u"candidateList")

        self.linkLayout.addWidget(self.candidateList, 1, 0, 1, 1)

        self.linkButtons = QVBoxLayout()
        self.linkButtons.setObjectName(u"linkButtons")
        self.addLinkButton = QPushButton(self.linkGroup)
        self.addLinkButton.setObjectName(u"addLinkButton")

        self.linkButtons.addWidget(self.addLinkButton)

        self.removeLinkButton = QPushButton(self.linkGroup)
        self.removeLinkButton.setObjectName(u"removeLinkButton")

        self.linkButtons.addWidget(self.removeLinkButton)

        self.linkSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.linkButtons.addItem(self.linkSpacer)


        self.linkLayout.addLayout(self.linkButtons, 1, 1, 1, 1)

        self.linkedList = QListWidget(self.linkGroup)
        self.linkedList.setObjectName(u"linkedList")

        self.linkLayout.addWidget(self.linkedList, 1, 2, 1, 1)

        self.linkedCountLabel = QLabel(self.linkGroup)
        self.linkedCountLabel.setObjectName(u"linkedCountLabel")
        self.linkedCountLabel.setProperty(u"role", u"hint")

        self.linkLayout.addWidget(self.linkedCountLabel, 0, 2, 1, 1)


        self.dialogLayout.addWidget(self.linkGroup)

        self.buttonBox = QDialogButtonBox(DocumentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(DocumentDialog)

        QMetaObject.connectSlotsByName(DocumentDialog)
    # setupUi

    def retranslateUi(self, DocumentDialog):
        DocumentDialog.setWindowTitle(QCoreApplication.translate("DocumentDialog", u"V\u0103n b\u1ea3n", None))
        self.errorLabel.setText("")
        self.docFormLabel0.setText(QCoreApplication.translate("DocumentDialog", u"Lo\u1ea1i v\u0103n b\u1ea3n:", None))
        self.docFormLabel1.setText(QCoreApplication.translate("DocumentDialog", u"S\u1ed1, k\u00fd hi\u1ec7u:", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("DocumentDialog", u"v\u00ed d\u1ee5: 29/TB-UBND", None))
        self.docFormLabel2.setText(QCoreApplication.translate("DocumentDialog", u"Ng\u00e0y ban h\u00e0nh:", None))
        self.issuedEdit.setDisplayFormat(QCoreApplication.translate("DocumentDialog", u"dd/MM/yyyy", None))
        self.docFormLabel3.setText(QCoreApplication.translate("DocumentDialog", u"Tr\u00edch y\u1ebfu:", None))
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("DocumentDialog", u"v\u1ec1 vi\u1ec7c c\u00f4ng b\u1ed1 Danh m\u1ee5c th\u1ee7 t\u1ee5c h\u00e0nh ch\u00ednh \u2026", None))
        self.docFormLabel4.setText(QCoreApplication.translate("DocumentDialog", u"N\u1ed9i dung li\u00ean quan:", None))
        self.docFormLabel5.setText(QCoreApplication.translate("DocumentDialog", u"C\u01a1 quan ban h\u00e0nh:", None))
        self.issuerEdit.setPlaceholderText(QCoreApplication.translate("DocumentDialog", u"\u0111\u1ec3 tr\u1ed1ng n\u1ebfu l\u00e0 UBND x\u00e3", None))
        self.linkGroup.setTitle(QCoreApplication.translate("DocumentDialog", u"Th\u1ee7 t\u1ee5c \u0111\u01b0\u1ee3c c\u00f4ng b\u1ed1, c\u00f4ng khai theo v\u0103n b\u1ea3n n\u00e0y", None))
        self.procSearchEdit.setPlaceholderText(QCoreApplication.translate("DocumentDialog", u"g\u00f5 m\u00e3 ho\u1eb7c t\u00ean th\u1ee7 t\u1ee5c (kh\u00f4ng c\u1ea7n d\u1ea5u) \u0111\u1ec3 t\u00ecm", None))
        self.addLinkButton.setText(QCoreApplication.translate("DocumentDialog", u"Th\u00eam \u2192", None))
        self.removeLinkButton.setText(QCoreApplication.translate("DocumentDialog", u"\u2190 B\u1ecf", None))
        self.linkedCountLabel.setText("")
    # retranslateUi

