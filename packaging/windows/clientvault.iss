; Inno Setup 6 script: a per-user installer over the PyInstaller folder dist\clientvault.
;
;   python packaging\build.py
;   iscc /DAppVersion=0.1.0 packaging\windows\clientvault.iss      -> dist\ClientVault-0.1.0-setup.exe
;
; (.github/workflows/release.yml passes AppVersion from app/__init__.py, the one version source.)
; No admin rights: installs into %LOCALAPPDATA%\Programs\ClientVault, Start menu entry, optional
; desktop shortcut, the .cvbak file association (double-click a backup -> the restore flow) in HKCU.
; The uninstaller removes the program only. The vault (%LOCALAPPDATA%\ClientVault, or CLIENTVAULT_HOME)
; is kept unless the user explicitly asks, in an interactive uninstall, to delete it (default: No).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\clientvault.iss
#endif
#define AppName "ClientVault"
#define AppExe "clientvault-gui.exe"
#define SourceDir "..\..\dist\clientvault"

[Setup]
AppId={{6B0F2C64-4E7B-4C55-9A57-3C2B9E1D7A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ClientVault
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=ClientVault-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\clientvault.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
LicenseFile=..\..\resources\THIRD_PARTY_NOTICES.txt

; Simplified Chinese: Inno Setup's translation lives among its unofficial ones; the release workflow
; downloads it beside this script (packaging/windows/ChineseSimplified.isl). Without it: English only.
#define WithChinese FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if WithChinese
Name: "zh_CN"; MessagesFile: "ChineseSimplified.isl"
#endif

[CustomMessages]
en.DeleteVault=Also delete your ClientVault vault folder%n%n%1%n%nwith ALL customer data on this computer? This cannot be undone. Choose No to keep it (recommended; you can restore or reinstall later).
#if WithChinese
zh_CN.DeleteVault=是否同时删除本机上的客户保险箱文件夹%n%n%1%n%n及其中的全部客户资料？此操作无法撤销。选择“否”保留它（推荐；以后可以重新安装或恢复）。
#endif
en.BackupFile=ClientVault backup
#if WithChinese
zh_CN.BackupFile=客户保险箱备份
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "Software\Classes\.cvbak"; ValueType: string; ValueName: ""; ValueData: "ClientVault.Backup"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\ClientVault.Backup"; ValueType: string; ValueName: ""; ValueData: "{cm:BackupFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ClientVault.Backup\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\ClientVault.Backup\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function VaultFolder(): String;
begin
  Result := GetEnv('CLIENTVAULT_HOME');
  if Result = '' then
    Result := ExpandConstant('{localappdata}\ClientVault\vault');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  // Only when a person is there to answer: a silent uninstall never deletes customer data.
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
  begin
    Folder := VaultFolder();
    if DirExists(Folder) then
      if MsgBox(FmtMessage(CustomMessage('DeleteVault'), [Folder]), mbConfirmation,
                MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(Folder, True, True, True);
  end;
end;
