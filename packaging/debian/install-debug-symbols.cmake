# SPDX-License-Identifier: GPL-3.0-or-later
# Install step of the dbgsym component: copies the program's debugging information to
# <prefix>/lib/debug/.build-id/<first two hex digits>/<rest>.debug, named by its build id as
# debuggers expect. CG_UNSTRIPPED_PROGRAM is set by the install(CODE) just before this script.
find_program(CG_READELF readelf REQUIRED)
find_program(CG_OBJCOPY objcopy REQUIRED)
execute_process(COMMAND "${CG_READELF}" -n "${CG_UNSTRIPPED_PROGRAM}"
                OUTPUT_VARIABLE notes RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT notes MATCHES "Build ID: ([0-9a-f][0-9a-f])([0-9a-f]+)")
  message(FATAL_ERROR "${CG_UNSTRIPPED_PROGRAM}: no build id found by readelf -n")
endif()
set(dir "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/lib/debug/.build-id/${CMAKE_MATCH_1}")
set(file "${dir}/${CMAKE_MATCH_2}.debug")
file(MAKE_DIRECTORY "${dir}")
execute_process(COMMAND "${CG_OBJCOPY}" --only-keep-debug --compress-debug-sections
                        "${CG_UNSTRIPPED_PROGRAM}" "${file}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "objcopy could not write ${file}")
endif()
file(CHMOD "${file}" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
message(STATUS "Installing: ${file}")
