# SPDX-License-Identifier: Apache-2.0
# Every source file stays readable: fail on any over MAX_LINES lines.
file(GLOB_RECURSE sources ${ROOT}/engine/*.h ${ROOT}/engine/*.cpp ${ROOT}/ui/*.h ${ROOT}/ui/*.cpp
     ${ROOT}/app/*.h ${ROOT}/app/*.cpp ${ROOT}/tests/*.h ${ROOT}/tests/*.cpp)
set(offenders "")
foreach(f IN LISTS sources)
    file(STRINGS ${f} lines)
    list(LENGTH lines n)
    if(n GREATER MAX_LINES)
        file(RELATIVE_PATH rel ${ROOT} ${f})
        list(APPEND offenders "${rel} (${n} lines)")
    endif()
endforeach()
if(offenders)
    list(JOIN offenders "\n  " text)
    message(FATAL_ERROR "files over ${MAX_LINES} lines:\n  ${text}")
endif()
message(STATUS "all source files within ${MAX_LINES} lines")
