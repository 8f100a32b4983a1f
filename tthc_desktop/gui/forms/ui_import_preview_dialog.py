# Generated from ui/import_preview_dialog.ui by `python -m tthc_desktop.gui.forms.build`. Do not edit: edit the .ui file
# in Qt Designer (pyside6-designer) and run the build again.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportPreviewDialog(object):
    def setupUi(self, ImportPreviewDialog):
        if not ImportPreviewDialog.objectName():
            ImportPreviewDialog.setObjectName(u"ImportPreviewDialog")
        ImportPreviewDialog.setMinimumSize(QSize(980, 600))
        self.dialogLayout = QVBoxLayout(ImportPreviewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.sourceLabel = QLabel(ImportPreviewDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.sourceLabel)

        self.summaryLabel = QLabel(ImportPreviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty(u"role", u"info")

        self.dialogLayout.addWidget(self.summaryLabel)

        self.rowsTable = QTableWidget(ImportPreviewDialog)
        self.rowsTable.setObjectName(u"rowsTable")
        self.rowsTable.setAlternatingRowColors(True)
        self.rowsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rowsTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.dialogLayout.addWidget(self.rowsTable)

        self.problemsLabel = QLabel(ImportPreviewDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setProperty(u"role", u"banner")
        self.problemsLabel.setVisible(False)

        self.dialogLayout.addWidget(self.problemsLabel)

        self.buttonBox = QDialogButtonBox(ImportPreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(ImportPreviewDialog)

        QMetaObject.connectSlotsByName(ImportPreviewDialog)
    # setupUi

    def retranslateUi(self, ImportPreviewDialog):
        ImportPreviewDialog.setWindowTitle(QCoreApplication.translate("ImportPreviewDialog", u"Xem tr\u01b0\u1edbc d\u1eef li\u1ec7u nh\u1eadp", None))
        self.sourceLabel.setText("")
        self.summaryLabel.setText("")
        self.problemsLabel.setText("")
    # retranslateUi

