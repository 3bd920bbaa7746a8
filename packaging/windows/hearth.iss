; Inno Setup script for Hearth (Windows x64): per-user install, no administrator rights.
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\hearth packaging\windows\hearth.iss
; SourceDir is the PyInstaller one-folder build (packaging/hearth.spec), which holds
; hearth.exe (windowed, for the Start menu) and hearth-cli.exe (the same commands in a
; terminal). The data folder, %LOCALAPPDATA%\Hearth, is not part of the install: an
; upgrade keeps it, and the uninstaller removes it only when the user says so.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\hearth"
#endif

[Setup]
AppId={{6B1B8A52-3C5E-4E8B-9E0B-1E6C2C7D4A11}
AppName=Hearth
AppVersion={#AppVersion}
AppPublisher=Hearth developers
DefaultDirName={localappdata}\Programs\Hearth
DefaultGroupName=Hearth
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Hearth-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
LZMANumBlockThreads=4
WizardStyle=modern
SetupIconFile=hearth.ico
UninstallDisplayIcon={app}\hearth.exe
; An upgrade closes a running Hearth first (its DLLs are in use otherwise).
CloseApplications=yes
RestartApplications=no
ChangesEnvironment=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add hearth-cli to PATH (use Hearth from a terminal)"; Flags: unchecked

[InstallDelete]
; Files of the previous version that this one no longer ships (a torch or Qt update
; renames DLLs); the data folder is elsewhere and untouched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Hearth"; Filename: "{app}\hearth.exe"
Name: "{group}\Uninstall Hearth"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Hearth"; Filename: "{app}\hearth.exe"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\hearth.exe"; Description: "{cm:LaunchProgram,Hearth}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Paths: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Paths) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: string;
begin
  // Keep the user's conversations, collections and downloaded models unless asked.
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\Hearth');
    if DirExists(DataDir) and not UninstallSilent() then
      if MsgBox('Also delete your Hearth data (conversations, document collections, '
        + 'settings and downloaded models) in ' + DataDir + '?'#13#10#13#10
        + 'Choose No to keep it for a later install.', mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
