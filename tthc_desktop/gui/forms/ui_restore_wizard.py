# Generated from ui/restore_wizard.ui by `python -m tthc_desktop.gui.forms.build`. Do not edit: edit the .ui file
# in Qt Designer (pyside6-designer) and run the build again.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget,
    QWizard, QWizardPage)

class Ui_RestoreWizard(object):
    def setupUi(self, RestoreWizard):
        if not RestoreWizard.objectName():
            RestoreWizard.setObjectName(u"RestoreWizard")
        RestoreWizard.setMinimumSize(QSize(720, 500))
        RestoreWizard.setWizardStyle(QWizard.ClassicStyle)
        self.choosePage = QWizardPage()
        self.choosePage.setObjectName(u"choosePage")
        self.chooseLayout = QVBoxLayout(self.choosePage)
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.folderLabel = QLabel(self.choosePage)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setProperty(u"role", u"hint")

        self.chooseLayout.addWidget(self.folderLabel)

        self.backupList = QListWidget(self.choosePage)
        self.backupList.setObjectName(u"backupList")
        self.backupList.setAlternatingRowColors(True)

        self.chooseLayout.addWidget(self.backupList)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileLabel = QLabel(self.choosePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileRow.addWidget(self.fileLabel)

        self.pathEdit = QLineEdit(self.choosePage)
        self.pathEdit.setObjectName(u"pathEdit")

        self.fileRow.addWidget(self.pathEdit)

        self.browseButton = QPushButton(self.choosePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.chooseLayout.addLayout(self.fileRow)

        RestoreWizard.addPage(self.choosePage)
        self.checkPage = QWizardPage()
        self.checkPage.setObjectName(u"checkPage")
        self.checkLayout = QVBoxLayout(self.checkPage)
        self.checkLayout.setObjectName(u"checkLayout")
        self.summaryLabel = QLabel(self.checkPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.RichText)
        self.summaryLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.checkLayout.addWidget(self.summaryLabel)

        self.problemsLabel = QLabel(self.checkPage)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setProperty(u"role", u"banner")
        self.problemsLabel.setVisible(False)

        self.checkLayout.addWidget(self.problemsLabel)

        self.checkSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.checkLayout.addItem(self.checkSpacer)

        RestoreWizard.addPage(self.checkPage)
        self.confirmPage = QWizardPage()
        self.confirmPage.setObjectName(u"confirmPage")
        self.confirmLayout = QVBoxLayout(self.confirmPage)
        self.confirmLayout.setObjectName(u"confirmLayout")
        self.confirmText = QLabel(self.confirmPage)
        self.confirmText.setObjectName(u"confirmText")
        self.confirmText.setWordWrap(True)
        self.confirmText.setTextFormat(Qt.RichText)

        self.confirmLayout.addWidget(self.confirmText)

        self.confirmCheck = QCheckBox(self.confirmPage)
        self.confirmCheck.setObjectName(u"confirmCheck")

        self.confirmLayout.addWidget(self.confirmCheck)

        self.confirmSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.confirmLayout.addItem(self.confirmSpacer)

        RestoreWizard.addPage(self.confirmPage)

        self.retranslateUi(RestoreWizard)

        QMetaObject.connectSlotsByName(RestoreWizard)
    # setupUi

    def retranslateUi(self, RestoreWizard):
        RestoreWizard.setWindowTitle(QCoreApplication.translate("RestoreWizard", u"Kh\u00f4i ph\u1ee5c d\u1eef li\u1ec7u t\u1eeb b\u1ea3n sao l\u01b0u", None))
        self.choosePage.setTitle(QCoreApplication.translate("RestoreWizard", u"Ch\u1ecdn b\u1ea3n sao l\u01b0u", None))
        self.choosePage.setSubTitle(QCoreApplication.translate("RestoreWizard", u"Ch\u1ecdn m\u1ed9t b\u1ea3n trong th\u01b0 m\u1ee5c sao l\u01b0u, ho\u1eb7c m\u1ed9t t\u1ec7p sao l\u01b0u tr\u00ean USB.", None))
        self.folderLabel.setText("")
        self.fileLabel.setText(QCoreApplication.translate("RestoreWizard", u"T\u1ec7p sao l\u01b0u:", None))
        self.pathEdit.setPlaceholderText(QCoreApplication.translate("RestoreWizard", u"\u0111\u01b0\u1eddng d\u1eabn t\u1ec7p .sqlite3", None))
        self.browseButton.setText(QCoreApplication.translate("RestoreWizard", u"Ch\u1ecdn t\u1ec7p kh\u00e1c\u2026", None))
        self.checkPage.setTitle(QCoreApplication.translate("RestoreWizard", u"Ki\u1ec3m tra b\u1ea3n sao l\u01b0u", None))
        self.checkPage.setSubTitle(QCoreApplication.translate("RestoreWizard", u"T\u1ec7p \u0111\u01b0\u1ee3c m\u1edf ch\u1ec9 \u0111\u1ec3 \u0111\u1ecdc v\u00e0 ki\u1ec3m tra to\u00e0n v\u1eb9n; ch\u01b0a c\u00f3 g\u00ec thay \u0111\u1ed5i.", None))
        self.summaryLabel.setText("")
        self.problemsLabel.setText("")
        self.confirmPage.setTitle(QCoreApplication.translate("RestoreWizard", u"X\u00e1c nh\u1eadn kh\u00f4i ph\u1ee5c", None))
        self.confirmPage.setSubTitle(QCoreApplication.translate("RestoreWizard", u"B\u01b0\u1edbc cu\u1ed1i: d\u1eef li\u1ec7u \u0111ang d\u00f9ng s\u1ebd \u0111\u01b0\u1ee3c thay b\u1eb1ng b\u1ea3n sao l\u01b0u.", None))
        self.confirmText.setText("")
        self.confirmCheck.setText(QCoreApplication.translate("RestoreWizard", u"T\u00f4i hi\u1ec3u v\u00e0 mu\u1ed1n kh\u00f4i ph\u1ee5c t\u1eeb b\u1ea3n sao l\u01b0u n\u00e0y", None))
    # retranslateUi

