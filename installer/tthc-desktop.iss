; Inno Setup 6 script: wraps the one-folder build dist\TTHCDesktop\ into one setup .exe for the USB stick.
;
;   python scripts\build_installer.py                     (builds and tests dist\TTHCDesktop\)
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" installer\tthc-desktop.iss
;   -> dist\installer\TTHCDesktop-<version>-setup.exe
;
; Installs per user without administrator rights (%LOCALAPPDATA%\Programs\TTHCDesktop); an administrator may
; choose "for all users" instead. Data is NOT in the program folder: it lives in %LOCALAPPDATA%\TTHCDesktop
; (tthc.sqlite3 and sao-luu\), so uninstalling or upgrading never touches it. See docs/install.md.
; This file and Vietnamese.isl are UTF-8 with BOM (Inno Setup needs the BOM for Vietnamese text).

#ifndef SourceDir
  #define SourceDir "..\dist\TTHCDesktop"
#endif
#ifndef AppVersion
  ; from the version resource PyInstaller wrote into the exe (installer.spec reads tthc_desktop/__init__.py)
  #define AppVersion GetVersionNumbersString(AddBackslash(SourceDir) + "TTHCDesktop.exe")
#endif
#define AppName "TTHC Desktop"
#define AppExe "TTHCDesktop.exe"

[Setup]
; AppId identifies the app for upgrades and uninstall: never change it.
AppId={{6A0E2C4B-5D1F-4E8A-9B7C-3F2D1A0B9C8E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=TTHC Desktop
AppComments=Kiểm soát thủ tục hành chính cấp xã
VersionInfoVersion={#AppVersion}
VersionInfoDescription=Cài đặt {#AppName}
DefaultDirName={autopf}\TTHCDesktop
DisableProgramGroupPage=yes
DisableDirPage=auto
; per user, no UAC prompt; "dialog" lets an administrator pick "for all users" (Program Files) instead
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
; Qt 6: Windows 10 1809 (build 17763) or later, 64-bit only
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist\installer
OutputBaseFilename=TTHCDesktop-{#AppVersion}-setup
SetupIconFile=..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; close a running TTHC Desktop (Restart Manager) before replacing its files on upgrade
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=no

[Languages]
; Default.isl first, then our Vietnamese messages on top (anything untranslated stays in English)
Name: "vi"; MessagesFile: "compiler:Default.isl,Vietnamese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; an upgrade replaces the whole runtime folder, so no library of the previous version is left behind
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Kiểm soát thủ tục hành chính cấp xã"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Kiểm soát thủ tục hành chính cấp xã"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only the program folder; the data folder %LOCALAPPDATA%\TTHCDesktop is kept on purpose
Type: dirifempty; Name: "{app}"
