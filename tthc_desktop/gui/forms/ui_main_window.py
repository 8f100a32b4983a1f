# Generated from ui/main_window.ui by `python -m tthc_desktop.gui.forms.build`. Do not edit: edit the .ui file
# in Qt Designer (pyside6-designer) and run the build again.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        MainWindow.setMinimumSize(QSize(960, 600))
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
        self.actionRestore = QAction(MainWindow)
        self.actionRestore.setObjectName(u"actionRestore")
        self.actionSwitchUser = QAction(MainWindow)
        self.actionSwitchUser.setObjectName(u"actionSwitchUser")
        self.actionGuide = QAction(MainWindow)
        self.actionGuide.setObjectName(u"actionGuide")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QHBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.sidebar = QWidget(self.centralwidget)
        self.sidebar.setObjectName(u"sidebar")
        self.sidebar.setMinimumSize(QSize(220, 0))
        self.sidebar.setMaximumSize(QSize(220, 16777215))
        self.sidebarLayout = QVBoxLayout(self.sidebar)
        self.sidebarLayout.setSpacing(0)
        self.sidebarLayout.setObjectName(u"sidebarLayout")
        self.sidebarLayout.setContentsMargins(0, 0, 0, 0)
        self.appTitle = QLabel(self.sidebar)
        self.appTitle.setObjectName(u"appTitle")

        self.sidebarLayout.addWidget(self.appTitle)

        self.unitLabel = QLabel(self.sidebar)
        self.unitLabel.setObjectName(u"unitLabel")
        self.unitLabel.setWordWrap(True)

        self.sidebarLayout.addWidget(self.unitLabel)

        self.navList = QListWidget(self.sidebar)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        self.navList.setObjectName(u"navList")
        self.navList.setFocusPolicy(Qt.StrongFocus)
        self.navList.setIconSize(QSize(20, 20))

        self.sidebarLayout.addWidget(self.navList)


        self.centralLayout.addWidget(self.sidebar)

        self.pages = QStackedWidget(self.centralwidget)
        self.pages.setObjectName(u"pages")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.pages.sizePolicy().hasHeightForWidth())
        self.pages.setSizePolicy(sizePolicy)

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionBackup)
        self.menuFile.addAction(self.actionRestore)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionSwitchUser)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuHelp.addAction(self.actionGuide)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"TTHC Desktop \u2014 ki\u1ec3m so\u00e1t th\u1ee7 t\u1ee5c h\u00e0nh ch\u00ednh", None))
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"&Sao l\u01b0u d\u1eef li\u1ec7u\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionBackup.setToolTip(QCoreApplication.translate("MainWindow", u"Sao l\u01b0u to\u00e0n b\u1ed9 d\u1eef li\u1ec7u v\u00e0o th\u01b0 m\u1ee5c sao l\u01b0u (\u0111\u1eb7t trong C\u00e0i \u0111\u1eb7t) ho\u1eb7c USB", None))
#endif // QT_CONFIG(tooltip)
        self.actionRestore.setText(QCoreApplication.translate("MainWindow", u"&Kh\u00f4i ph\u1ee5c t\u1eeb b\u1ea3n sao l\u01b0u\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionRestore.setToolTip(QCoreApplication.translate("MainWindow", u"Thay d\u1eef li\u1ec7u \u0111ang d\u00f9ng b\u1eb1ng m\u1ed9t b\u1ea3n sao l\u01b0u (d\u1eef li\u1ec7u hi\u1ec7n t\u1ea1i \u0111\u01b0\u1ee3c gi\u1eef l\u1ea1i th\u00e0nh b\u1ea3n sao l\u01b0u)", None))
#endif // QT_CONFIG(tooltip)
        self.actionSwitchUser.setText(QCoreApplication.translate("MainWindow", u"\u0110\u0103ng &xu\u1ea5t / \u0111\u1ed5i ng\u01b0\u1eddi d\u00f9ng\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionSwitchUser.setToolTip(QCoreApplication.translate("MainWindow", u"K\u1ebft th\u00fac phi\u00ean l\u00e0m vi\u1ec7c v\u00e0 \u0111\u0103ng nh\u1eadp b\u1eb1ng t\u00e0i kho\u1ea3n kh\u00e1c", None))
#endif // QT_CONFIG(tooltip)
        self.actionGuide.setText(QCoreApplication.translate("MainWindow", u"&H\u01b0\u1edbng d\u1eabn s\u1eed d\u1ee5ng", None))
#if QT_CONFIG(shortcut)
        self.actionGuide.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"T&ho\u00e1t", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&Gi\u1edbi thi\u1ec7u TTHC Desktop", None))
        self.appTitle.setText(QCoreApplication.translate("MainWindow", u"TTHC Desktop", None))
        self.unitLabel.setText(QCoreApplication.translate("MainWindow", u"Ch\u01b0a c\u00f3 th\u00f4ng tin \u0111\u01a1n v\u1ecb", None))

        __sortingEnabled = self.navList.isSortingEnabled()
        self.navList.setSortingEnabled(False)
        ___qlistwidgetitem = self.navList.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("MainWindow", u"T\u1ed5ng quan", None))
        ___qlistwidgetitem1 = self.navList.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("MainWindow", u"Danh m\u1ee5c TTHC", None))
        ___qlistwidgetitem2 = self.navList.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("MainWindow", u"V\u0103n b\u1ea3n, th\u00f4ng b\u00e1o", None))
        ___qlistwidgetitem3 = self.navList.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("MainWindow", u"Ph\u1ea3n \u00e1nh, ki\u1ebfn ngh\u1ecb", None))
        ___qlistwidgetitem4 = self.navList.item(4)
        ___qlistwidgetitem4.setText(QCoreApplication.translate("MainWindow", u"S\u1ed5 theo d\u00f5i h\u1ed3 s\u01a1", None))
        ___qlistwidgetitem5 = self.navList.item(5)
        ___qlistwidgetitem5.setText(QCoreApplication.translate("MainWindow", u"S\u1ed1 li\u1ec7u h\u1ed3 s\u01a1", None))
        ___qlistwidgetitem6 = self.navList.item(6)
        ___qlistwidgetitem6.setText(QCoreApplication.translate("MainWindow", u"B\u00e1o c\u00e1o", None))
        ___qlistwidgetitem7 = self.navList.item(7)
        ___qlistwidgetitem7.setText(QCoreApplication.translate("MainWindow", u"K\u1ebf ho\u1ea1ch", None))
        ___qlistwidgetitem8 = self.navList.item(8)
        ___qlistwidgetitem8.setText(QCoreApplication.translate("MainWindow", u"C\u1ea5p nh\u1eadn b\u00e1o c\u00e1o", None))
        ___qlistwidgetitem9 = self.navList.item(9)
        ___qlistwidgetitem9.setText(QCoreApplication.translate("MainWindow", u"Sao l\u01b0u, kh\u00f4i ph\u1ee5c", None))
        ___qlistwidgetitem10 = self.navList.item(10)
        ___qlistwidgetitem10.setText(QCoreApplication.translate("MainWindow", u"Nh\u1eadt k\u00fd thay \u0111\u1ed5i", None))
        ___qlistwidgetitem11 = self.navList.item(11)
        ___qlistwidgetitem11.setText(QCoreApplication.translate("MainWindow", u"T\u00e0i kho\u1ea3n", None))
        ___qlistwidgetitem12 = self.navList.item(12)
        ___qlistwidgetitem12.setText(QCoreApplication.translate("MainWindow", u"C\u00e0i \u0111\u1eb7t", None))
        self.navList.setSortingEnabled(__sortingEnabled)

        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&T\u1ec7p", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"T&r\u1ee3 gi\u00fap", None))
    # retranslateUi

