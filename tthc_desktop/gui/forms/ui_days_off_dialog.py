# Generated from ui/days_off_dialog.ui by `python -m tthc_desktop.gui.forms.build`. Do not edit: edit the .ui file
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
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DaysOffDialog(object):
    def setupUi(self, DaysOffDialog):
        if not DaysOffDialog.objectName():
            DaysOffDialog.setObjectName(u"DaysOffDialog")
        DaysOffDialog.setMinimumSize(QSize(820, 520))
        self.dialogLayout = QVBoxLayout(DaysOffDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(DaysOffDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.introLabel)

        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearLabel = QLabel(DaysOffDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearRow.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(DaysOffDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2020)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2026)

        self.yearRow.addWidget(self.yearSpin)

        self.yearSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearRow.addItem(self.yearSpacer)


        self.dialogLayout.addLayout(self.yearRow)

        self.mainRow = QHBoxLayout()
        self.mainRow.setObjectName(u"mainRow")
        self.overridesColumn = QVBoxLayout()
        self.overridesColumn.setObjectName(u"overridesColumn")
        self.overridesTitle = QLabel(DaysOffDialog)
        self.overridesTitle.setObjectName(u"overridesTitle")

        self.overridesColumn.addWidget(self.overridesTitle)

        self.overridesTable = QTableWidget(DaysOffDialog)
        self.overridesTable.setObjectName(u"overridesTable")

        self.overridesColumn.addWidget(self.overridesTable)

        self.addRow = QHBoxLayout()
        self.addRow.setObjectName(u"addRow")
        self.dayEdit = QDateEdit(DaysOffDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.addRow.addWidget(self.dayEdit)

        self.kindCombo = QComboBox(DaysOffDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.addRow.addWidget(self.kindCombo)

        self.dayNoteEdit = QLineEdit(DaysOffDialog)
        self.dayNoteEdit.setObjectName(u"dayNoteEdit")

        self.addRow.addWidget(self.dayNoteEdit)

        self.addButton = QPushButton(DaysOffDialog)
        self.addButton.setObjectName(u"addButton")

        self.addRow.addWidget(self.addButton)


        self.overridesColumn.addLayout(self.addRow)

        self.removeRow = QHBoxLayout()
        self.removeRow.setObjectName(u"removeRow")
        self.removeButton = QPushButton(DaysOffDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.removeRow.addWidget(self.removeButton)

        self.removeSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.removeRow.addItem(self.removeSpacer)


        self.overridesColumn.addLayout(self.removeRow)


        self.mainRow.addLayout(self.overridesColumn)

        self.holidaysColumn = QVBoxLayout()
        self.holidaysColumn.setObjectName(u"holidaysColumn")
        self.holidaysTitle = QLabel(DaysOffDialog)
        self.holidaysTitle.setObjectName(u"holidaysTitle")

        self.holidaysColumn.addWidget(self.holidaysTitle)

        self.holidaysList = QListWidget(DaysOffDialog)
        self.holidaysList.setObjectName(u"holidaysList")

        self.holidaysColumn.addWidget(self.holidaysList)


        self.mainRow.addLayout(self.holidaysColumn)

        self.mainRow.setStretch(0, 1)
        self.mainRow.setStretch(1, 1)

        self.dialogLayout.addLayout(self.mainRow)

        self.errorLabel = QLabel(DaysOffDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"banner")
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DaysOffDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(2, 1)

        self.retranslateUi(DaysOffDialog)

        QMetaObject.connectSlotsByName(DaysOffDialog)
    # setupUi

    def retranslateUi(self, DaysOffDialog):
        DaysOffDialog.setWindowTitle(QCoreApplication.translate("DaysOffDialog", u"Ng\u00e0y ngh\u1ec9, ng\u00e0y l\u00e0m b\u00f9 c\u1ee7a c\u01a1 quan", None))
        self.introLabel.setText(QCoreApplication.translate("DaysOffDialog", u"Th\u1ee9 B\u1ea3y, Ch\u1ee7 nh\u1eadt, c\u00e1c ng\u00e0y l\u1ec5, T\u1ebft v\u00e0 l\u1ecbch ngh\u1ec9 b\u00f9 c\u1ee7a Ch\u00ednh ph\u1ee7 \u0111\u00e3 c\u00f3 s\u1eb5n (c\u1ed9t ph\u1ea3i). \u1ede \u0111\u00e2y ghi th\u00eam ng\u00e0y ngh\u1ec9 theo quy\u1ebft \u0111\u1ecbnh c\u1ee7a t\u1ec9nh ho\u1eb7c c\u1ee7a c\u01a1 quan, v\u00e0 ng\u00e0y th\u1ee9 B\u1ea3y, Ch\u1ee7 nh\u1eadt ph\u1ea3i l\u00e0m vi\u1ec7c (l\u00e0m b\u00f9). Ng\u00e0y h\u1eb9n tr\u1ea3 k\u1ebft qu\u1ea3 \u0111\u01b0\u1ee3c t\u00ednh theo l\u1ecbch n\u00e0y.", None))
        self.yearLabel.setText(QCoreApplication.translate("DaysOffDialog", u"N\u0103m:", None))
        self.overridesTitle.setText(QCoreApplication.translate("DaysOffDialog", u"<b>Ng\u00e0y do c\u01a1 quan ghi th\u00eam</b>", None))
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("DaysOffDialog", u"dd/MM/yyyy", None))
        self.dayNoteEdit.setPlaceholderText(QCoreApplication.translate("DaysOffDialog", u"ghi ch\u00fa, v\u00ed d\u1ee5: theo Quy\u1ebft \u0111\u1ecbnh s\u1ed1 \u2026", None))
        self.addButton.setText(QCoreApplication.translate("DaysOffDialog", u"Th\u00eam", None))
        self.removeButton.setText(QCoreApplication.translate("DaysOffDialog", u"X\u00f3a ng\u00e0y \u0111ang ch\u1ecdn", None))
        self.holidaysTitle.setText(QCoreApplication.translate("DaysOffDialog", u"<b>Ng\u00e0y l\u1ec5, T\u1ebft, ngh\u1ec9 b\u00f9 theo quy \u0111\u1ecbnh</b>", None))
        self.errorLabel.setText("")
    # retranslateUi

