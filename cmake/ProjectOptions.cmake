# SPDX-License-Identifier: GPL-3.0-or-later
# Compiler settings shared by every target of the project: strict warnings and QString hardening.
add_library(cg_project_options INTERFACE)

target_compile_options(cg_project_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Wunused -Woverloaded-virtual -Wconversion -Wsign-conversion -Wnull-dereference
  -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
if(CG_WARNINGS_AS_ERRORS)
  target_compile_options(cg_project_options INTERFACE -Werror)
endif()

# Every user-visible string must be deliberate: no implicit conversions from char*.
target_compile_definitions(cg_project_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER QT_NO_FOREACH QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# Sanitizer builds (the asan preset) add their flags through CG_SANITIZERS.
set(CG_SANITIZERS "" CACHE STRING "Sanitizers to enable, e.g. address;undefined")
if(CG_SANITIZERS)
  list(JOIN CG_SANITIZERS "," _cg_sanitizers)
  target_compile_options(cg_project_options INTERFACE
    -fsanitize=${_cg_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(cg_project_options INTERFACE -fsanitize=${_cg_sanitizers})
endif()

# Hardening, as Debian builds its packages: fortified libc calls, stack protector and stack
# clash protection, read-only relocations bound at start-up, and position-independent
# executables. _FORTIFY_SOURCE needs optimisation, so Debug builds (the sanitizer preset) go
# without it.
include(CheckPIESupported)
check_pie_supported()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
target_compile_options(cg_project_options INTERFACE -fstack-protector-strong
  -fstack-clash-protection
  $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>)
# Control-flow protection (CET), which Debian's amd64 compilers turn on by default.
if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|i[3-6]86)$")
  target_compile_options(cg_project_options INTERFACE -fcf-protection)
endif()
target_link_options(cg_project_options INTERFACE -Wl,-z,relro -Wl,-z,now)
# Line tables and function names in release builds, so the Debian package can ship them in
# its -dbgsym package and crash reports have a readable backtrace.
option(CG_RELEASE_DEBUG_INFO "Keep minimal debug information (-g1) in release builds" ON)
if(CG_RELEASE_DEBUG_INFO)
  target_compile_options(cg_project_options INTERFACE $<$<CONFIG:Release>:-g1>)
endif()
