# Generated from ui/package_import_dialog.ui by `python -m tthc_desktop.gui.forms.build`. Do not edit: edit the .ui file
# in Qt Designer (pyside6-designer) and run the build again.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QGroupBox, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PackageImportDialog(object):
    def setupUi(self, PackageImportDialog):
        if not PackageImportDialog.objectName():
            PackageImportDialog.setObjectName(u"PackageImportDialog")
        PackageImportDialog.setMinimumSize(QSize(1040, 620))
        self.dialogLayout = QVBoxLayout(PackageImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.sourceLabel = QLabel(PackageImportDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.sourceLabel)

        self.summaryLabel = QLabel(PackageImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty(u"role", u"info")

        self.dialogLayout.addWidget(self.summaryLabel)

        self.packagesTable = QTableWidget(PackageImportDialog)
        self.packagesTable.setObjectName(u"packagesTable")
        self.packagesTable.setAlternatingRowColors(True)
        self.packagesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.packagesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.packagesTable.setWordWrap(True)

        self.dialogLayout.addWidget(self.packagesTable)

        self.trustGroup = QGroupBox(PackageImportDialog)
        self.trustGroup.setObjectName(u"trustGroup")
        self.trustLayout = QVBoxLayout(self.trustGroup)
        self.trustLayout.setObjectName(u"trustLayout")
        self.trustHint = QLabel(self.trustGroup)
        self.trustHint.setObjectName(u"trustHint")
        self.trustHint.setWordWrap(True)
        self.trustHint.setProperty(u"role", u"hint")

        self.trustLayout.addWidget(self.trustHint)

        self.trustList = QListWidget(self.trustGroup)
        self.trustList.setObjectName(u"trustList")
        self.trustList.setMaximumSize(QSize(16777215, 72))

        self.trustLayout.addWidget(self.trustList)


        self.dialogLayout.addWidget(self.trustGroup)

        self.receiptsCheck = QCheckBox(PackageImportDialog)
        self.receiptsCheck.setObjectName(u"receiptsCheck")
        self.receiptsCheck.setChecked(True)

        self.dialogLayout.addWidget(self.receiptsCheck)

        self.errorLabel = QLabel(PackageImportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"banner")
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PackageImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(PackageImportDialog)

        QMetaObject.connectSlotsByName(PackageImportDialog)
    # setupUi

    def retranslateUi(self, PackageImportDialog):
        PackageImportDialog.setWindowTitle(QCoreApplication.translate("PackageImportDialog", u"Nh\u1eadn g\u00f3i d\u1eef li\u1ec7u c\u1ee7a c\u00e1c \u0111\u01a1n v\u1ecb", None))
        self.sourceLabel.setText("")
        self.summaryLabel.setText("")
        self.trustGroup.setTitle(QCoreApplication.translate("PackageImportDialog", u"\u0110\u01a1n v\u1ecb ch\u01b0a \u0111\u0103ng k\u00fd: x\u00e1c nh\u1eadn tin c\u1eady l\u1ea7n \u0111\u1ea7u", None))
        self.trustHint.setText(QCoreApplication.translate("PackageImportDialog", u"Ch\u1ec9 \u0111\u00e1nh d\u1ea5u sau khi \u0111\u00e3 g\u1ecdi \u0111i\u1ec7n (ho\u1eb7c xem c\u00f4ng v\u0103n) \u0111\u1ec3 \u0111\u1ed1i chi\u1ebfu \u0111\u00fang d\u1ea5u v\u00e2n tay kh\u00f3a v\u1edbi \u0111\u01a1n v\u1ecb. Kh\u00f3a \u0111\u01b0\u1ee3c ghim cho c\u00e1c l\u1ea7n nh\u1eadn sau; g\u00f3i c\u1ee7a \u0111\u01a1n v\u1ecb kh\u00f4ng \u0111\u01b0\u1ee3c \u0111\u00e1nh d\u1ea5u s\u1ebd kh\u00f4ng \u0111\u01b0\u1ee3c nh\u1eadp.", None))
        self.receiptsCheck.setText(QCoreApplication.translate("PackageImportDialog", u"Ghi bi\u00ean nh\u1eadn cho t\u1eebng g\u00f3i v\u00e0o th\u01b0 m\u1ee5c ch\u1ee9a g\u00f3i (USB)", None))
        self.errorLabel.setText("")
    # retranslateUi

