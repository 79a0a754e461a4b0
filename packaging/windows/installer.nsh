; Included by electron-builder's NSIS installer (electron-builder.yml nsis.include). Per-machine install:
; the kiosk reads its settings and keeps its data under %ProgramData%\Zizhu (electron/kiosk-paths.ts).
; The data folder is writable by local users (the kiosk account); the uninstaller leaves it in place because
; it may hold cases not yet delivered to the province.
!macro customInstall
  SetShellVarContext all
  CreateDirectory "$APPDATA\Zizhu"
  CreateDirectory "$APPDATA\Zizhu\data"
  ; *S-1-5-32-545 = BUILTIN\Users: modify rights on the data folder, inherited by what the kiosk creates.
  nsExec::Exec 'icacls "$APPDATA\Zizhu\data" /grant *S-1-5-32-545:(OI)(CI)M'
!macroend
