# Generated from ui/report_wizard.ui by `python -m tthc_desktop.gui.forms.build`. Do not edit: edit the .ui file
# in Qt Designer (pyside6-designer) and run the build again.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDateEdit, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizard,
    QWizardPage)

class Ui_ReportWizard(object):
    def setupUi(self, ReportWizard):
        if not ReportWizard.objectName():
            ReportWizard.setObjectName(u"ReportWizard")
        ReportWizard.setMinimumSize(QSize(900, 640))
        ReportWizard.setWizardStyle(QWizard.ClassicStyle)
        self.periodPage = QWizardPage()
        self.periodPage.setObjectName(u"periodPage")
        self.periodLayout = QVBoxLayout(self.periodPage)
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.periodLabel = QLabel(self.periodPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.periodRow.addWidget(self.periodLabel)

        self.periodSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodSpacer)


        self.periodLayout.addLayout(self.periodRow)

        self.validityLabel = QLabel(self.periodPage)
        self.validityLabel.setObjectName(u"validityLabel")
        self.validityLabel.setWordWrap(True)

        self.periodLayout.addWidget(self.validityLabel)

        self.findingsList = QListWidget(self.periodPage)
        self.findingsList.setObjectName(u"findingsList")
        self.findingsList.setWordWrap(True)

        self.periodLayout.addWidget(self.findingsList)

        ReportWizard.addPage(self.periodPage)
        self.narrativePage = QWizardPage()
        self.narrativePage.setObjectName(u"narrativePage")
        self.narrativeLayout = QHBoxLayout(self.narrativePage)
        self.narrativeLayout.setObjectName(u"narrativeLayout")
        self.sectionList = QListWidget(self.narrativePage)
        self.sectionList.setObjectName(u"sectionList")
        self.sectionList.setMaximumSize(QSize(300, 16777215))
        self.sectionList.setMinimumSize(QSize(260, 0))

        self.narrativeLayout.addWidget(self.sectionList)

        self.editorLayout = QVBoxLayout()
        self.editorLayout.setObjectName(u"editorLayout")
        self.sectionTitle = QLabel(self.narrativePage)
        self.sectionTitle.setObjectName(u"sectionTitle")
        self.sectionTitle.setWordWrap(True)

        self.editorLayout.addWidget(self.sectionTitle)

        self.narrativeEdit = QPlainTextEdit(self.narrativePage)
        self.narrativeEdit.setObjectName(u"narrativeEdit")
        self.narrativeEdit.setTabChangesFocus(True)

        self.editorLayout.addWidget(self.narrativeEdit)

        self.placeholderHint = QLabel(self.narrativePage)
        self.placeholderHint.setObjectName(u"placeholderHint")
        self.placeholderHint.setWordWrap(True)
        self.placeholderHint.setProperty(u"role", u"hint")

        self.editorLayout.addWidget(self.placeholderHint)

        self.resetRow = QHBoxLayout()
        self.resetRow.setObjectName(u"resetRow")
        self.resetSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resetRow.addItem(self.resetSpacer)

        self.resetButton = QPushButton(self.narrativePage)
        self.resetButton.setObjectName(u"resetButton")

        self.resetRow.addWidget(self.resetButton)


        self.editorLayout.addLayout(self.resetRow)


        self.narrativeLayout.addLayout(self.editorLayout)

        ReportWizard.addPage(self.narrativePage)
        self.previewPage = QWizardPage()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewRow = QHBoxLayout()
        self.previewRow.setObjectName(u"previewRow")
        self.previewStatus = QLabel(self.previewPage)
        self.previewStatus.setObjectName(u"previewStatus")
        self.previewStatus.setWordWrap(True)

        self.previewRow.addWidget(self.previewStatus)

        self.openDraftButton = QPushButton(self.previewPage)
        self.openDraftButton.setObjectName(u"openDraftButton")

        self.previewRow.addWidget(self.openDraftButton)


        self.previewLayout.addLayout(self.previewRow)

        self.previewScroll = QScrollArea(self.previewPage)
        self.previewScroll.setObjectName(u"previewScroll")
        self.previewScroll.setWidgetResizable(True)
        self.previewBody = QWidget()
        self.previewBody.setObjectName(u"previewBody")
        self.previewPages = QVBoxLayout(self.previewBody)
        self.previewPages.setObjectName(u"previewPages")
        self.previewScroll.setWidget(self.previewBody)

        self.previewLayout.addWidget(self.previewScroll)

        ReportWizard.addPage(self.previewPage)
        self.issuePage = QWizardPage()
        self.issuePage.setObjectName(u"issuePage")
        self.issueLayout = QVBoxLayout(self.issuePage)
        self.issueLayout.setObjectName(u"issueLayout")
        self.issueForm = QFormLayout()
        self.issueForm.setObjectName(u"issueForm")
        self.issueFormLabel0 = QLabel(self.issuePage)
        self.issueFormLabel0.setObjectName(u"issueFormLabel0")

        self.issueForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.issueFormLabel0)

        self.numberEdit = QLineEdit(self.issuePage)
        self.numberEdit.setObjectName(u"numberEdit")

        self.issueForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.issueFormLabel1 = QLabel(self.issuePage)
        self.issueFormLabel1.setObjectName(u"issueFormLabel1")

        self.issueForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.issueFormLabel1)

        self.issuedEdit = QDateEdit(self.issuePage)
        self.issuedEdit.setObjectName(u"issuedEdit")
        self.issuedEdit.setCalendarPopup(True)

        self.issueForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.issuedEdit)


        self.issueLayout.addLayout(self.issueForm)

        self.issueHint = QLabel(self.issuePage)
        self.issueHint.setObjectName(u"issueHint")
        self.issueHint.setWordWrap(True)
        self.issueHint.setProperty(u"role", u"hint")

        self.issueLayout.addWidget(self.issueHint)

        self.issueSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.issueLayout.addItem(self.issueSpacer)

        ReportWizard.addPage(self.issuePage)

        self.retranslateUi(ReportWizard)

        QMetaObject.connectSlotsByName(ReportWizard)
    # setupUi

    def retranslateUi(self, ReportWizard):
        ReportWizard.setWindowTitle(QCoreApplication.translate("ReportWizard", u"L\u1eadp b\u00e1o c\u00e1o \u0111\u1ecbnh k\u1ef3", None))
        self.periodPage.setTitle(QCoreApplication.translate("ReportWizard", u"Ch\u1ecdn k\u1ef3 b\u00e1o c\u00e1o", None))
        self.periodPage.setSubTitle(QCoreApplication.translate("ReportWizard", u"S\u1ed1 li\u1ec7u c\u1ee7a k\u1ef3 \u0111\u01b0\u1ee3c ki\u1ec3m tra; c\u00f2n l\u1ed7i th\u00ec ch\u01b0a ph\u00e1t h\u00e0nh \u0111\u01b0\u1ee3c.", None))
        self.periodLabel.setText(QCoreApplication.translate("ReportWizard", u"K\u1ef3 b\u00e1o c\u00e1o:", None))
        self.validityLabel.setText("")
        self.narrativePage.setTitle(QCoreApplication.translate("ReportWizard", u"N\u1ed9i dung b\u00e1o c\u00e1o", None))
        self.narrativePage.setSubTitle(QCoreApplication.translate("ReportWizard", u"C\u00e1c ph\u1ea7n l\u1eddi v\u0103n l\u1ea5y t\u1eeb b\u00e1o c\u00e1o k\u1ef3 tr\u01b0\u1edbc (ho\u1eb7c n\u1ed9i dung m\u1eabu); s\u1eeda cho \u0111\u00fang k\u1ef3 n\u00e0y. S\u1ed1 li\u1ec7u, b\u1ea3ng bi\u1ec3u do ch\u01b0\u01a1ng tr\u00ecnh t\u1ef1 \u0111i\u1ec1n.", None))
        self.sectionTitle.setText("")
        self.placeholderHint.setText(QCoreApplication.translate("ReportWizard", u"C\u00f3 th\u1ec3 d\u00f9ng {ky} (t\u00ean k\u1ef3), {ky_sau} (k\u1ef3 ti\u1ebfp theo), {don_vi}, {ubnd}, {cap_tren}: ch\u01b0\u01a1ng tr\u00ecnh thay b\u1eb1ng ch\u1eef t\u01b0\u01a1ng \u1ee9ng.", None))
        self.resetButton.setText(QCoreApplication.translate("ReportWizard", u"Kh\u00f4i ph\u1ee5c n\u1ed9i dung m\u1eabu", None))
        self.previewPage.setTitle(QCoreApplication.translate("ReportWizard", u"Xem tr\u01b0\u1edbc", None))
        self.previewPage.setSubTitle(QCoreApplication.translate("ReportWizard", u"B\u1ea3n d\u1ef1 th\u1ea3o (c\u00f3 ch\u1eef D\u1ef0 TH\u1ea2O), \u0111\u00fang th\u1ec3 th\u1ee9c Ngh\u1ecb \u0111\u1ecbnh 30/2020/N\u0110-CP.", None))
        self.previewStatus.setText("")
        self.openDraftButton.setText(QCoreApplication.translate("ReportWizard", u"M\u1edf t\u1ec7p PDF", None))
        self.issuePage.setTitle(QCoreApplication.translate("ReportWizard", u"Ph\u00e1t h\u00e0nh", None))
        self.issuePage.setSubTitle(QCoreApplication.translate("ReportWizard", u"Nh\u1eadp s\u1ed1 v\u00e0 ng\u00e0y ban h\u00e0nh theo s\u1ed5 \u0111\u0103ng k\u00fd v\u0103n b\u1ea3n \u0111i. Khi ph\u00e1t h\u00e0nh, s\u1ed1 li\u1ec7u c\u1ee7a k\u1ef3 \u0111\u01b0\u1ee3c kh\u00f3a.", None))
        self.issueFormLabel0.setText(QCoreApplication.translate("ReportWizard", u"S\u1ed1 v\u0103n b\u1ea3n:", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("ReportWizard", u"v\u00ed d\u1ee5: 05 (ch\u01b0\u01a1ng tr\u00ecnh ghi th\u00e0nh 05/BC-UBND)", None))
        self.issueFormLabel1.setText(QCoreApplication.translate("ReportWizard", u"Ng\u00e0y ban h\u00e0nh:", None))
        self.issuedEdit.setDisplayFormat(QCoreApplication.translate("ReportWizard", u"dd/MM/yyyy", None))
        self.issueHint.setText("")
    # retranslateUi

