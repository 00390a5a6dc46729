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
