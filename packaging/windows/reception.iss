; Inno Setup script: Guldklinikken Reception for one Windows user, without administrator rights.
;
; Build on Windows (see packaging/windows/README.md), from the project folder:
;     python dev.py package
;     iscc /DAppVersion=0.1.0 packaging\windows\reception.iss
; gives dist\guldklinikken-reception-0.1.0-setup.exe.
;
; NOT YET RUN ON WINDOWS: written and reviewed on Linux, where it cannot be compiled.
;
; What it registers (all under HKEY_CURRENT_USER, removed again on uninstall):
; - guldklinik-opkald: the app's own scheme, directly (Software\Classes\guldklinik-opkald);
;   a phone system or a web page can open "guldklinik-opkald:+4523394977".
; - tel: only as a capability (RegisteredApplications + Capabilities\URLAssociations): the
;   program appears under Settings > Apps > Default apps for "TEL", and the user chooses it
;   there; Teams or Phone Link keep tel: until then (Windows does not let a program take it).
; The data folder (%LOCALAPPDATA%\Guldklinikken\GuldklinikkenReception) is never touched:
; uninstall leaves it and says where it is.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Guldklinikken Reception"
#define AppExe "guldklinikken-reception.exe"
#define ProgId "GuldklinikkenReception.Opkald"
#define CapabilitiesKey "Software\Guldklinikken\Reception\Capabilities"

[Setup]
AppId={{6F1C2B7E-4D38-4A1B-9C55-2E8D0B9F7A31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Guldklinikken
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=guldklinikken-reception-{#AppVersion}-setup
SetupIconFile=resources\icons\reception.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"

[Tasks]
Name: "desktopicon"; Description: "Genvej på skrivebordet"; GroupDescription: "Genveje:"

[Files]
Source: "dist\guldklinikken-reception\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The app's own scheme, registered directly: guldklinik-opkald:+4523394977
Root: HKCU; Subkey: "Software\Classes\guldklinik-opkald"; ValueType: string; ValueName: ""; ValueData: "URL:Guldklinikken opkald"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\guldklinik-opkald"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\guldklinik-opkald\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKCU; Subkey: "Software\Classes\guldklinik-opkald\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; The ProgID that tel: points at once the user chooses the program for it
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Opkald i {#AppName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; tel: as a capability: offered under Default apps, never taken
Root: HKCU; Subkey: "Software\Guldklinikken\Reception"; Flags: uninsdeletekey
Root: HKCU; Subkey: "{#CapabilitiesKey}"; ValueType: string; ValueName: "ApplicationName"; ValueData: "{#AppName}"
Root: HKCU; Subkey: "{#CapabilitiesKey}"; ValueType: string; ValueName: "ApplicationDescription"; ValueData: "Receptionens program: et opkald til klinikken åbnes med nummeret."
Root: HKCU; Subkey: "{#CapabilitiesKey}"; ValueType: string; ValueName: "ApplicationIcon"; ValueData: """{app}\{#AppExe}"",0"
Root: HKCU; Subkey: "{#CapabilitiesKey}\URLAssociations"; ValueType: string; ValueName: "tel"; ValueData: "{#ProgId}"
Root: HKCU; Subkey: "{#CapabilitiesKey}\URLAssociations"; ValueType: string; ValueName: "guldklinik-opkald"; ValueData: "{#ProgId}"
Root: HKCU; Subkey: "Software\RegisteredApplications"; ValueType: string; ValueName: "{#AppName}"; ValueData: "{#CapabilitiesKey}"; Flags: uninsdeletevalue

[Run]
Filename: "{app}\{#AppExe}"; Description: "Start {#AppName} nu"; Flags: nowait postinstall skipifsilent

[Code]
function DataFolder(): String;
begin
  Result := GetEnv('RECEPTION_DATA_DIR');
  if Result = '' then
    Result := ExpandConstant('{localappdata}\Guldklinikken\GuldklinikkenReception');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) then
  begin
    if not UninstallSilent() then
      MsgBox('Programmet er fjernet, men klinikkens data er ikke slettet.' + #13#10 + #13#10 +
             'Databasen, sikkerhedskopierne og loggen ligger stadig i:' + #13#10 +
             DataFolder() + #13#10 + #13#10 +
             'Installeres programmet igen, bruges de igen. Slet mappen selv, når data ' +
             'ikke længere skal gemmes (husk klinikkens regler for opbevaring).',
             mbInformation, MB_OK);
    Log('Datamappen er ikke slettet: ' + DataFolder());
  end;
end;
