@echo off
rem Runs the Parallax command line from an unpacked distribution (bin\ and lib\ side by side).
set "PARALLAX_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" -XX:TieredStopAtLevel=1 %PARALLAX_JAVA_OPTS% -cp "%PARALLAX_HOME%\lib\*" dev.parallax.cli.Main %*
