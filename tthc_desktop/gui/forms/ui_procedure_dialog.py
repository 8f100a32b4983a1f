# Generated from ui/procedure_dialog.ui by `python -m tthc_desktop.gui.forms.build`. Do not edit: edit the .ui file
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ProcedureDialog(object):
    def setupUi(self, ProcedureDialog):
        if not ProcedureDialog.objectName():
            ProcedureDialog.setObjectName(u"ProcedureDialog")
        ProcedureDialog.setMinimumSize(QSize(620, 0))
        self.dialogLayout = QVBoxLayout(ProcedureDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorLabel = QLabel(ProcedureDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"banner")
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.procForm = QFormLayout()
        self.procForm.setObjectName(u"procForm")
        self.procFormLabel0 = QLabel(ProcedureDialog)
        self.procFormLabel0.setObjectName(u"procFormLabel0")

        self.procForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.procFormLabel0)

        self.codeEdit = QLineEdit(ProcedureDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.procForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.procFormLabel1 = QLabel(ProcedureDialog)
        self.procFormLabel1.setObjectName(u"procFormLabel1")

        self.procForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.procFormLabel1)

        self.localCodeEdit = QLineEdit(ProcedureDialog)
        self.localCodeEdit.setObjectName(u"localCodeEdit")

        self.procForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.localCodeEdit)

        self.procFormLabel2 = QLabel(ProcedureDialog)
        self.procFormLabel2.setObjectName(u"procFormLabel2")

        self.procForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.procFormLabel2)

        self.nameEdit = QPlainTextEdit(ProcedureDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setTabChangesFocus(True)
        self.nameEdit.setMaximumSize(QSize(16777215, 60))

        self.procForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.procFormLabel3 = QLabel(ProcedureDialog)
        self.procFormLabel3.setObjectName(u"procFormLabel3")

        self.procForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.procFormLabel3)

        self.fieldCombo = QComboBox(ProcedureDialog)
        self.fieldCombo.setObjectName(u"fieldCombo")
        self.fieldCombo.setEditable(True)

        self.procForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fieldCombo)

        self.procFormLabel4 = QLabel(ProcedureDialog)
        self.procFormLabel4.setObjectName(u"procFormLabel4")

        self.procForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.procFormLabel4)

        self.onlineCombo = QComboBox(ProcedureDialog)
        self.onlineCombo.setObjectName(u"onlineCombo")

        self.procForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.onlineCombo)

        self.procFormLabel5 = QLabel(ProcedureDialog)
        self.procFormLabel5.setObjectName(u"procFormLabel5")

        self.procForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.procFormLabel5)

        self.lienThongCombo = QComboBox(ProcedureDialog)
        self.lienThongCombo.setObjectName(u"lienThongCombo")

        self.procForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.lienThongCombo)

        self.procFormLabel6 = QLabel(ProcedureDialog)
        self.procFormLabel6.setObjectName(u"procFormLabel6")

        self.procForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.procFormLabel6)

        self.typeEdit = QLineEdit(ProcedureDialog)
        self.typeEdit.setObjectName(u"typeEdit")

        self.procForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.typeEdit)

        self.procFormLabel7 = QLabel(ProcedureDialog)
        self.procFormLabel7.setObjectName(u"procFormLabel7")

        self.procForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.procFormLabel7)

        self.agencyEdit = QLineEdit(ProcedureDialog)
        self.agencyEdit.setObjectName(u"agencyEdit")

        self.procForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.agencyEdit)

        self.procFormLabel8 = QLabel(ProcedureDialog)
        self.procFormLabel8.setObjectName(u"procFormLabel8")

        self.procForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.procFormLabel8)

        self.feeRow = QHBoxLayout()
        self.feeRow.setObjectName(u"feeRow")
        self.hasFeeCheck = QCheckBox(ProcedureDialog)
        self.hasFeeCheck.setObjectName(u"hasFeeCheck")

        self.feeRow.addWidget(self.hasFeeCheck)

        self.feeEdit = QLineEdit(ProcedureDialog)
        self.feeEdit.setObjectName(u"feeEdit")

        self.feeRow.addWidget(self.feeEdit)


        self.procForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.feeRow)

        self.procFormLabel9 = QLabel(ProcedureDialog)
        self.procFormLabel9.setObjectName(u"procFormLabel9")

        self.procForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.procFormLabel9)

        self.daysSpin = QDoubleSpinBox(ProcedureDialog)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setDecimals(1)
        self.daysSpin.setMaximum(999.000000000000000)

        self.procForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.daysSpin)

        self.procFormLabel10 = QLabel(ProcedureDialog)
        self.procFormLabel10.setObjectName(u"procFormLabel10")

        self.procForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.procFormLabel10)

        self.effectiveRow = QHBoxLayout()
        self.effectiveRow.setObjectName(u"effectiveRow")
        self.effectiveCheck = QCheckBox(ProcedureDialog)
        self.effectiveCheck.setObjectName(u"effectiveCheck")

        self.effectiveRow.addWidget(self.effectiveCheck)

        self.effectiveEdit = QDateEdit(ProcedureDialog)
        self.effectiveEdit.setObjectName(u"effectiveEdit")
        self.effectiveEdit.setCalendarPopup(True)

        self.effectiveRow.addWidget(self.effectiveEdit)


        self.procForm.setLayout(10, QFormLayout.ItemRole.FieldRole, self.effectiveRow)

        self.procFormLabel11 = QLabel(ProcedureDialog)
        self.procFormLabel11.setObjectName(u"procFormLabel11")

        self.procForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.procFormLabel11)

        self.noteEdit = QPlainTextEdit(ProcedureDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 50))

        self.procForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.procForm)

        self.buttonBox = QDialogButtonBox(ProcedureDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(ProcedureDialog)

        QMetaObject.connectSlotsByName(ProcedureDialog)
    # setupUi

    def retranslateUi(self, ProcedureDialog):
        ProcedureDialog.setWindowTitle(QCoreApplication.translate("ProcedureDialog", u"Th\u1ee7 t\u1ee5c h\u00e0nh ch\u00ednh", None))
        self.errorLabel.setText("")
        self.procFormLabel0.setText(QCoreApplication.translate("ProcedureDialog", u"M\u00e3 TTHC:", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("ProcedureDialog", u"v\u00ed d\u1ee5: 1.001193", None))
        self.procFormLabel1.setText(QCoreApplication.translate("ProcedureDialog", u"M\u00e3 \u0111\u1ecba ph\u01b0\u01a1ng:", None))
        self.localCodeEdit.setPlaceholderText(QCoreApplication.translate("ProcedureDialog", u"v\u00ed d\u1ee5: 1.001193.000.00.00.H61 (n\u1ebfu c\u00f3)", None))
        self.procFormLabel2.setText(QCoreApplication.translate("ProcedureDialog", u"T\u00ean th\u1ee7 t\u1ee5c:", None))
        self.procFormLabel3.setText(QCoreApplication.translate("ProcedureDialog", u"L\u0129nh v\u1ef1c:", None))
#if QT_CONFIG(tooltip)
        self.fieldCombo.setToolTip(QCoreApplication.translate("ProcedureDialog", u"Ch\u1ecdn ho\u1eb7c g\u00f5 t\u00ean l\u0129nh v\u1ef1c m\u1edbi", None))
#endif // QT_CONFIG(tooltip)
        self.procFormLabel4.setText(QCoreApplication.translate("ProcedureDialog", u"M\u1ee9c \u0111\u1ed9 d\u1ecbch v\u1ee5 c\u00f4ng:", None))
        self.procFormLabel5.setText(QCoreApplication.translate("ProcedureDialog", u"Li\u00ean th\u00f4ng:", None))
        self.procFormLabel6.setText(QCoreApplication.translate("ProcedureDialog", u"Lo\u1ea1i TTHC:", None))
        self.typeEdit.setPlaceholderText(QCoreApplication.translate("ProcedureDialog", u"ti\u00eau chu\u1ea9n, \u0111\u1eb7c th\u00f9, li\u00ean th\u00f4ng\u2026", None))
        self.procFormLabel7.setText(QCoreApplication.translate("ProcedureDialog", u"C\u01a1 quan th\u1ef1c hi\u1ec7n:", None))
        self.procFormLabel8.setText(QCoreApplication.translate("ProcedureDialog", u"Ph\u00ed, l\u1ec7 ph\u00ed:", None))
        self.hasFeeCheck.setText(QCoreApplication.translate("ProcedureDialog", u"C\u00f3 thu ph\u00ed, l\u1ec7 ph\u00ed", None))
        self.feeEdit.setPlaceholderText(QCoreApplication.translate("ProcedureDialog", u"m\u1ee9c thu", None))
        self.procFormLabel9.setText(QCoreApplication.translate("ProcedureDialog", u"Th\u1eddi h\u1ea1n gi\u1ea3i quy\u1ebft:", None))
        self.daysSpin.setSuffix(QCoreApplication.translate("ProcedureDialog", u" ng\u00e0y l\u00e0m vi\u1ec7c", None))
        self.procFormLabel10.setText(QCoreApplication.translate("ProcedureDialog", u"Hi\u1ec7u l\u1ef1c:", None))
        self.effectiveCheck.setText(QCoreApplication.translate("ProcedureDialog", u"C\u00f3 hi\u1ec7u l\u1ef1c t\u1eeb ng\u00e0y", None))
        self.effectiveEdit.setDisplayFormat(QCoreApplication.translate("ProcedureDialog", u"dd/MM/yyyy", None))
        self.procFormLabel11.setText(QCoreApplication.translate("ProcedureDialog", u"Ghi ch\u00fa:", None))
    # retranslateUi

