# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DUI_DIR=src/ui -DCONTROL_DIR=src/kpi -P check_ui_names_no_store.cmake
# The window reaches the data only through kpi (docs/architecture.md, "the layer rule"): fails when a
# file under UI_DIR includes a store header (salesops/store/...) or names the store's namespace
# (store::X, using namespace store, a namespace alias of it, a forward declaration in it), naming each
# file and line. CONTROL_DIR (kpi, which is built on the store) must show both, else the patterns have
# gone blind.
cmake_minimum_required(VERSION 3.25)
set(include_re "#[ \t]*include[ \t]*[\"<]salesops/store/")
set(name_re "(^|[^A-Za-z0-9_])store::|namespace[ \t]+([A-Za-z0-9_:]*::)?store([^A-Za-z0-9_:]|$)|=[ \t]*(::)?(salesops::)?store[ \t]*;")

# Every `what` line (include_re or name_re) of the C++ files under `dir`, as "file:line: text", into `out`.
function(store_uses dir what out)
  file(GLOB_RECURSE files LIST_DIRECTORIES false "${dir}/*.h" "${dir}/*.hpp" "${dir}/*.cpp" "${dir}/*.cc"
       "${dir}/*.inl")
  set(found "")
  foreach(f IN LISTS files)
    file(READ "${f}" text)
    # One list element per line; a semicolon would split a line, so it stays masked in the list.
    string(REPLACE ";" "<semicolon>" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    set(n 0)
    foreach(line IN LISTS lines)
      math(EXPR n "${n} + 1")
      string(REPLACE "<semicolon>" ";" plain "${line}")
      if(plain MATCHES "${${what}}")
        file(RELATIVE_PATH rel "${dir}/.." "${f}")
        string(STRIP "${line}" line)
        list(APPEND found "${rel}:${n}: ${line}")
      endif()
    endforeach()
  endforeach()
  set(${out} "${found}" PARENT_SCOPE)
endfunction()

set(failed FALSE)
foreach(what IN ITEMS include_re name_re)
  store_uses("${UI_DIR}" ${what} hits)
  foreach(h IN LISTS hits)
    string(REPLACE "<semicolon>" ";" h "${h}")
    if(what STREQUAL "include_re")
      message(SEND_ERROR "ui includes a store header (reach the data through kpi): ${h}")
    else()
      message(SEND_ERROR "ui names the store (use kpi's types): ${h}")
    endif()
    set(failed TRUE)
  endforeach()
  store_uses("${CONTROL_DIR}" ${what} control)
  if(NOT control)
    message(SEND_ERROR "the control ${CONTROL_DIR} shows no ${what} line: the check is blind")
    set(failed TRUE)
  endif()
endforeach()
if(failed)
  message(FATAL_ERROR "ui reaches past kpi into the store")
endif()
message(STATUS "no file under ${UI_DIR} includes a store header or names the store")
