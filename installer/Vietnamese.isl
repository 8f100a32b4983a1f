; Vietnamese messages for the TTHC Desktop installer (Inno Setup 6).
; Inno Setup ships no Vietnamese translation, so this file translates the messages a clerk sees on the way
; through our installer (welcome, folder, shortcuts, ready, installing, finished, uninstall, errors).
; It is loaded after compiler:Default.isl (see tthc-desktop.iss), so any message not listed here falls back
; to English. Saved as UTF-8 with BOM, which Inno Setup 6 requires for non-ASCII text.

[LangOptions]
LanguageName=Ti<1EBF>ng Vi<1EC7>t
LanguageID=$042A
LanguageCodePage=0

[Messages]
; *** Application titles
SetupAppTitle=Cài đặt
SetupWindowTitle=Cài đặt - %1
UninstallAppTitle=Gỡ cài đặt
UninstallAppFullTitle=Gỡ cài đặt %1

; *** Misc. common
InformationTitle=Thông tin
ConfirmTitle=Xác nhận
ErrorTitle=Lỗi

; *** SetupLdr / startup
SetupLdrStartupMessage=Chương trình sẽ cài đặt %1. Tiếp tục?
LdrCannotCreateTemp=Không tạo được tệp tạm. Đã dừng cài đặt
LdrCannotExecTemp=Không chạy được tệp trong thư mục tạm. Đã dừng cài đặt
SetupFileMissing=Thiếu tệp %1 trong thư mục cài đặt. Hãy chép lại bộ cài đặt từ USB.
SetupFileCorrupt=Bộ cài đặt bị hỏng. Hãy chép lại bộ cài đặt từ USB.
SetupFileCorruptOrWrongVer=Bộ cài đặt bị hỏng hoặc không đúng phiên bản. Hãy chép lại bộ cài đặt từ USB.
SetupAlreadyRunning=Chương trình cài đặt đang chạy.
WindowsVersionNotSupported=Phần mềm này cần Windows 10 (bản 1809 trở lên) hoặc Windows 11, 64 bit.
OnlyOnTheseArchitectures=Phần mềm này chỉ cài được trên Windows 64 bit:%n%n%1
WinVersionTooLowError=Phần mềm này cần %1 phiên bản %2 trở lên.
AdminPrivilegesRequired=Cần đăng nhập bằng tài khoản quản trị (Administrator) để cài phần mềm này.
SetupAppRunningError=%1 đang mở.%n%nHãy đóng phần mềm rồi bấm OK để tiếp tục, hoặc bấm Hủy để thoát.
UninstallAppRunningError=%1 đang mở.%n%nHãy đóng phần mềm rồi bấm OK để tiếp tục, hoặc bấm Hủy để thoát.

; *** Install mode question
PrivilegesRequiredOverrideInstruction=Chọn cách cài đặt
PrivilegesRequiredOverrideTaskDialogText1=%1 có thể cài cho mọi người dùng máy này (cần quyền quản trị) hoặc chỉ cho bạn.
PrivilegesRequiredOverrideMsgBoxText1=%1 có thể cài cho mọi người dùng máy này (cần quyền quản trị) hoặc chỉ cho bạn.%n%nCài cho mọi người dùng?
PrivilegesRequiredOverrideTaskDialogText2=%1 có thể cài chỉ cho bạn hoặc cho mọi người dùng máy này (cần quyền quản trị).
PrivilegesRequiredOverrideMsgBoxText2=%1 có thể cài chỉ cho bạn (khuyên dùng) hoặc cho mọi người dùng máy này (cần quyền quản trị).%n%nChỉ cài cho bạn?
PrivilegesRequiredOverrideAllUsers=Cài cho &mọi người dùng
PrivilegesRequiredOverrideCurrentUser=Chỉ cài cho &tôi
PrivilegesRequiredOverrideRecommended=%1 (khuyên dùng)

; *** Misc. errors
ErrorCreatingDir=Không tạo được thư mục "%1"

; *** Setup common messages
ExitSetupTitle=Thoát cài đặt
ExitSetupMessage=Chưa cài đặt xong. Nếu thoát bây giờ, phần mềm sẽ chưa được cài.%n%nCó thể chạy lại chương trình cài đặt lúc khác.%n%nThoát cài đặt?
AboutSetupMenuItem=&Giới thiệu...
AboutSetupTitle=Giới thiệu chương trình cài đặt

; *** Buttons
ButtonBack=< &Quay lại
ButtonNext=&Tiếp >
ButtonInstall=&Cài đặt
ButtonOK=OK
ButtonCancel=Hủy
ButtonYes=&Có
ButtonYesToAll=Có với &tất cả
ButtonNo=&Không
ButtonNoToAll=K&hông với tất cả
ButtonFinish=&Xong
ButtonBrowse=&Chọn...
ButtonWizardBrowse=C&họn...
ButtonNewFolder=&Tạo thư mục mới

; *** Select language dialog
SelectLanguageTitle=Chọn ngôn ngữ
SelectLanguageLabel=Chọn ngôn ngữ dùng khi cài đặt:

; *** Common wizard text
ClickNext=Bấm Tiếp để tiếp tục, hoặc Hủy để thoát.
BrowseDialogTitle=Chọn thư mục
BrowseDialogLabel=Chọn một thư mục trong danh sách rồi bấm OK.
NewFolderName=Thư mục mới

; *** Welcome page
WelcomeLabel1=Cài đặt [name]
WelcomeLabel2=Chương trình sẽ cài [name/ver] vào máy tính này.%n%nNên đóng các phần mềm khác trước khi tiếp tục.

; *** Select destination
WizardSelectDir=Chọn thư mục cài đặt
SelectDirDesc=Cài [name] vào đâu?
SelectDirLabel3=[name] sẽ được cài vào thư mục sau.
SelectDirBrowseLabel=Bấm Tiếp để tiếp tục. Muốn chọn thư mục khác, bấm Chọn.
DiskSpaceMBLabel=Cần ít nhất [mb] MB dung lượng trống.
InvalidPath=Hãy nhập đường dẫn đầy đủ có ổ đĩa, ví dụ:%n%nC:\TTHCDesktop
InvalidDrive=Ổ đĩa đã chọn không có hoặc không truy cập được. Hãy chọn ổ khác.
DiskSpaceWarningTitle=Không đủ dung lượng
DiskSpaceWarning=Cần ít nhất %1 KB dung lượng trống nhưng ổ đã chọn chỉ còn %2 KB.%n%nVẫn tiếp tục?
DirNameTooLong=Tên thư mục hoặc đường dẫn quá dài.
InvalidDirName=Tên thư mục không hợp lệ.
BadDirName32=Tên thư mục không được chứa các ký tự sau:%n%n%1
DirExistsTitle=Thư mục đã có
DirExists=Thư mục:%n%n%1%n%nđã có. Vẫn cài vào thư mục này?
DirDoesntExistTitle=Thư mục chưa có
DirDoesntExist=Thư mục:%n%n%1%n%nchưa có. Tạo thư mục này?

; *** Tasks
WizardSelectTasks=Chọn việc cần làm thêm
SelectTasksDesc=Làm thêm những việc nào?
SelectTasksLabel2=Chọn những việc cần làm thêm khi cài [name], rồi bấm Tiếp.

; *** Start menu folder
WizardSelectProgramGroup=Chọn thư mục trong menu Start
SelectStartMenuFolderDesc=Đặt lối tắt của phần mềm ở đâu?
SelectStartMenuFolderLabel3=Lối tắt sẽ được tạo trong thư mục sau của menu Start.
SelectStartMenuFolderBrowseLabel=Bấm Tiếp để tiếp tục. Muốn chọn thư mục khác, bấm Chọn.
NoProgramGroupCheck2=&Không tạo thư mục trong menu Start

; *** Ready to install
WizardReady=Sẵn sàng cài đặt
ReadyLabel1=Đã sẵn sàng cài [name] vào máy tính này.
ReadyLabel2a=Bấm Cài đặt để bắt đầu, hoặc Quay lại để xem hay sửa lựa chọn.
ReadyLabel2b=Bấm Cài đặt để bắt đầu.
ReadyMemoDir=Thư mục cài đặt:
ReadyMemoGroup=Thư mục trong menu Start:
ReadyMemoTasks=Việc làm thêm:

; *** Preparing
WizardPreparing=Chuẩn bị cài đặt
PreparingDesc=Đang chuẩn bị cài [name] vào máy tính này.
PreviousInstallNotCompleted=Lần cài hoặc gỡ phần mềm trước chưa xong. Hãy khởi động lại máy tính rồi chạy lại chương trình cài đặt.
CannotContinue=Không thể tiếp tục. Bấm Hủy để thoát.
ApplicationsFound=Các phần mềm sau đang dùng tệp cần cập nhật. Nên để chương trình cài đặt tự đóng chúng.
ApplicationsFound2=Các phần mềm sau đang dùng tệp cần cập nhật. Nên để chương trình cài đặt tự đóng chúng; cài xong sẽ mở lại.
CloseApplications=&Tự động đóng các phần mềm này
DontCloseApplications=&Không đóng
ErrorCloseApplications=Không tự đóng được mọi phần mềm. Hãy tự đóng chúng trước khi tiếp tục.

; *** Installing
WizardInstalling=Đang cài đặt
InstallingLabel=Đang cài [name] vào máy tính này, vui lòng chờ.

; *** Finished
FinishedHeadingLabel=Đã cài đặt xong [name]
FinishedLabelNoIcons=Đã cài xong [name] vào máy tính này.
FinishedLabel=Đã cài xong [name] vào máy tính này. Mở phần mềm bằng biểu tượng trên màn hình nền hoặc trong menu Start.
ClickFinish=Bấm Xong để kết thúc.
FinishedRestartLabel=Cần khởi động lại máy tính để cài xong [name]. Khởi động lại ngay?
FinishedRestartMessage=Cần khởi động lại máy tính để cài xong [name].%n%nKhởi động lại ngay?
YesRadio=&Có, khởi động lại ngay
NoRadio=&Không, tôi sẽ khởi động lại sau
RunEntryExec=Mở %1
RunEntryShellExec=Xem %1

; *** Installation phase
SetupAborted=Chưa cài đặt xong.%n%nHãy khắc phục lỗi rồi chạy lại chương trình cài đặt.
AbortRetryIgnoreChooseAction=Chọn cách xử lý
AbortRetryIgnoreRetry=Thử lại
AbortRetryIgnoreProceedAnyway=Vẫn tiếp tục
AbortRetryIgnoreCancel=Hủy cài đặt
StatusClosingApplications=Đang đóng các phần mềm...
StatusCreateDirs=Đang tạo thư mục...
StatusExtractFiles=Đang chép tệp...
StatusCreateIcons=Đang tạo lối tắt...
StatusCreateRegistryEntries=Đang ghi thông tin vào Windows...
StatusSavingUninstall=Đang lưu thông tin gỡ cài đặt...
StatusRunProgram=Đang hoàn tất...
StatusRollback=Đang hoàn tác các thay đổi...
ErrorExecutingProgram=Không chạy được tệp:%n%1
SourceIsCorrupted=Tệp nguồn bị hỏng
SourceDoesntExist=Không có tệp nguồn "%1"
ErrorCopying=Lỗi khi chép tệp:
ErrorReplacingExistingFile=Lỗi khi thay tệp đã có:

; *** Uninstall display name markings
UninstallDisplayNameMarkAllUsers=Mọi người dùng
UninstallDisplayNameMarkCurrentUser=Người dùng hiện tại

; *** Uninstaller
ConfirmUninstall=Gỡ bỏ hoàn toàn %1?%n%nDữ liệu (tệp tthc.sqlite3 và các bản sao lưu) được GIỮ LẠI trong thư mục dữ liệu của người dùng.
OnlyAdminCanUninstall=Chỉ tài khoản quản trị mới gỡ được bản cài đặt này.
UninstallStatusLabel=Đang gỡ %1 khỏi máy tính này, vui lòng chờ.
UninstalledAll=Đã gỡ %1 khỏi máy tính này.
UninstalledMost=Đã gỡ %1.%n%nCòn một số tệp không gỡ được; có thể tự xóa.
UninstalledAndNeedsRestart=Cần khởi động lại máy tính để gỡ xong %1.%n%nKhởi động lại ngay?
WizardUninstalling=Tình trạng gỡ cài đặt
StatusUninstalling=Đang gỡ %1...
ShutdownBlockReasonInstallingApp=Đang cài %1.
ShutdownBlockReasonUninstallingApp=Đang gỡ %1.

[CustomMessages]
NameAndVersion=%1 phiên bản %2
AdditionalIcons=Lối tắt:
CreateDesktopIcon=Tạo biểu tượng trên &màn hình nền
UninstallProgram=Gỡ cài đặt %1
LaunchProgram=Mở %1
