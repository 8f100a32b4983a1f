# Generated from ui/task_dialog.ui by `python -m tthc_desktop.gui.forms.build`. Do not edit: edit the .ui file
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
    QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QRadioButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_TaskDialog(object):
    def setupUi(self, TaskDialog):
        if not TaskDialog.objectName():
            TaskDialog.setObjectName(u"TaskDialog")
        TaskDialog.setMinimumSize(QSize(760, 0))
        self.dialogLayout = QVBoxLayout(TaskDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorLabel = QLabel(TaskDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"banner")
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.taskForm = QFormLayout()
        self.taskForm.setObjectName(u"taskForm")
        self.taskFormLabel0 = QLabel(TaskDialog)
        self.taskFormLabel0.setObjectName(u"taskFormLabel0")

        self.taskForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.taskFormLabel0)

        self.sectionCombo = QComboBox(TaskDialog)
        self.sectionCombo.setObjectName(u"sectionCombo")

        self.taskForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sectionCombo)

        self.taskFormLabel1 = QLabel(TaskDialog)
        self.taskFormLabel1.setObjectName(u"taskFormLabel1")

        self.taskForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.taskFormLabel1)

        self.contentEdit = QPlainTextEdit(TaskDialog)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setTabChangesFocus(True)
        self.contentEdit.setMaximumSize(QSize(16777215, 96))

        self.taskForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.taskFormLabel2 = QLabel(TaskDialog)
        self.taskFormLabel2.setObjectName(u"taskFormLabel2")

        self.taskForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.taskFormLabel2)

        self.leadEdit = QLineEdit(TaskDialog)
        self.leadEdit.setObjectName(u"leadEdit")

        self.taskForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.leadEdit)

        self.taskFormLabel3 = QLabel(TaskDialog)
        self.taskFormLabel3.setObjectName(u"taskFormLabel3")

        self.taskForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.taskFormLabel3)

        self.coordinateEdit = QLineEdit(TaskDialog)
        self.coordinateEdit.setObjectName(u"coordinateEdit")

        self.taskForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.coordinateEdit)

        self.taskFormLabel4 = QLabel(TaskDialog)
        self.taskFormLabel4.setObjectName(u"taskFormLabel4")

        self.taskForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.taskFormLabel4)

        self.deadlineRow = QHBoxLayout()
        self.deadlineRow.setObjectName(u"deadlineRow")
        self.deadlineTextRadio = QRadioButton(TaskDialog)
        self.deadlineTextRadio.setObjectName(u"deadlineTextRadio")
        self.deadlineTextRadio.setChecked(True)

        self.deadlineRow.addWidget(self.deadlineTextRadio)

        self.deadlineTextEdit = QLineEdit(TaskDialog)
        self.deadlineTextEdit.setObjectName(u"deadlineTextEdit")

        self.deadlineRow.addWidget(self.deadlineTextEdit)

        self.deadlineDateRadio = QRadioButton(TaskDialog)
        self.deadlineDateRadio.setObjectName(u"deadlineDateRadio")

        self.deadlineRow.addWidget(self.deadlineDateRadio)

        self.deadlineDateEdit = QDateEdit(TaskDialog)
        self.deadlineDateEdit.setObjectName(u"deadlineDateEdit")
        self.deadlineDateEdit.setCalendarPopup(True)

        self.deadlineRow.addWidget(self.deadlineDateEdit)

        self.deadlineRow.setStretch(1, 1)

        self.taskForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.deadlineRow)

        self.taskFormLabel5 = QLabel(TaskDialog)
        self.taskFormLabel5.setObjectName(u"taskFormLabel5")

        self.taskForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.taskFormLabel5)

        self.productEdit = QLineEdit(TaskDialog)
        self.productEdit.setObjectName(u"productEdit")

        self.taskForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.productEdit)


        self.dialogLayout.addLayout(self.taskForm)

        self.targetGroup = QGroupBox(TaskDialog)
        self.targetGroup.setObjectName(u"targetGroup")
        self.targetGroup.setCheckable(True)
        self.targetGroup.setChecked(False)
        self.targetRow = QHBoxLayout(self.targetGroup)
        self.targetRow.setObjectName(u"targetRow")
        self.metricCombo = QComboBox(self.targetGroup)
        self.metricCombo.setObjectName(u"metricCombo")

        self.targetRow.addWidget(self.metricCombo)

        self.opCombo = QComboBox(self.targetGroup)
        self.opCombo.setObjectName(u"opCombo")

        self.targetRow.addWidget(self.opCombo)

        self.valueSpin = QDoubleSpinBox(self.targetGroup)
        self.valueSpin.setObjectName(u"valueSpin")
        self.valueSpin.setDecimals(0)
        self.valueSpin.setMaximum(100.000000000000000)
        self.valueSpin.setValue(100.000000000000000)

        self.targetRow.addWidget(self.valueSpin)

        self.targetRow.setStretch(0, 1)

        self.dialogLayout.addWidget(self.targetGroup)

        self.doneGroup = QGroupBox(TaskDialog)
        self.doneGroup.setObjectName(u"doneGroup")
        self.doneRow = QHBoxLayout(self.doneGroup)
        self.doneRow.setObjectName(u"doneRow")
        self.doneCheck = QCheckBox(self.doneGroup)
        self.doneCheck.setObjectName(u"doneCheck")

        self.doneRow.addWidget(self.doneCheck)

        self.doneNoteEdit = QLineEdit(self.doneGroup)
        self.doneNoteEdit.setObjectName(u"doneNoteEdit")

        self.doneRow.addWidget(self.doneNoteEdit)

        self.doneRow.setStretch(1, 1)

        self.dialogLayout.addWidget(self.doneGroup)

        self.buttonBox = QDialogButtonBox(TaskDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(TaskDialog)

        QMetaObject.connectSlotsByName(TaskDialog)
    # setupUi

    def retranslateUi(self, TaskDialog):
        TaskDialog.setWindowTitle(QCoreApplication.translate("TaskDialog", u"Nhi\u1ec7m v\u1ee5 c\u1ee7a k\u1ebf ho\u1ea1ch", None))
        self.errorLabel.setText("")
        self.taskFormLabel0.setText(QCoreApplication.translate("TaskDialog", u"M\u1ee5c:", None))
        self.taskFormLabel1.setText(QCoreApplication.translate("TaskDialog", u"N\u1ed9i dung c\u00f4ng vi\u1ec7c:", None))
        self.taskFormLabel2.setText(QCoreApplication.translate("TaskDialog", u"C\u01a1 quan ch\u1ee7 tr\u00ec:", None))
        self.taskFormLabel3.setText(QCoreApplication.translate("TaskDialog", u"C\u01a1 quan ph\u1ed1i h\u1ee3p:", None))
        self.taskFormLabel4.setText(QCoreApplication.translate("TaskDialog", u"Th\u1eddi h\u1ea1n ho\u00e0n th\u00e0nh:", None))
        self.deadlineTextRadio.setText(QCoreApplication.translate("TaskDialog", u"Ghi b\u1eb1ng ch\u1eef:", None))
        self.deadlineTextEdit.setPlaceholderText(QCoreApplication.translate("TaskDialog", u"Th\u01b0\u1eddng xuy\u00ean trong n\u0103m", None))
        self.deadlineDateRadio.setText(QCoreApplication.translate("TaskDialog", u"Ng\u00e0y:", None))
        self.deadlineDateEdit.setDisplayFormat(QCoreApplication.translate("TaskDialog", u"dd/MM/yyyy", None))
        self.taskFormLabel5.setText(QCoreApplication.translate("TaskDialog", u"S\u1ea3n ph\u1ea9m:", None))
        self.targetGroup.setTitle(QCoreApplication.translate("TaskDialog", u"Ch\u1ec9 ti\u00eau g\u1eafn v\u1edbi s\u1ed1 li\u1ec7u (\u0111\u1ec3 \u0111\u00e1nh gi\u00e1 \u0111\u1ea1t / ch\u01b0a \u0111\u1ea1t)", None))
        self.valueSpin.setSuffix(QCoreApplication.translate("TaskDialog", u" %", None))
        self.doneGroup.setTitle(QCoreApplication.translate("TaskDialog", u"K\u1ebft qu\u1ea3 th\u1ef1c hi\u1ec7n", None))
        self.doneCheck.setText(QCoreApplication.translate("TaskDialog", u"\u0110\u00e3 ho\u00e0n th\u00e0nh", None))
        self.doneNoteEdit.setPlaceholderText(QCoreApplication.translate("TaskDialog", u"ghi ch\u00fa k\u1ebft qu\u1ea3", None))
    # retranslateUi

