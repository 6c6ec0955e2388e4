# SPDX-License-Identifier: Apache-2.0
# A faster linker than GNU ld when one is installed. A build links a hundred test programs, each against the
# static engine and Qt; with the sanitizers' debug information GNU ld spends most of a build's link time on
# them, where mold or lld take a fraction of it. Without either, the compiler's default linker is used.
include(CheckLinkerFlag)

set(SLUICE_LINKER "auto" CACHE STRING "Linker passed as -fuse-ld=: auto (mold, else lld, else the default), mold, lld, gold, bfd or default")
set_property(CACHE SLUICE_LINKER PROPERTY STRINGS auto mold lld gold bfd default)

function(sluice_choose_linker out)
    if(SLUICE_LINKER STREQUAL "default")
        set(${out} "" PARENT_SCOPE)
        return()
    endif()
    if(SLUICE_LINKER STREQUAL "auto")
        set(candidates mold lld)
    else()
        set(candidates ${SLUICE_LINKER})
    endif()
    foreach(linker IN LISTS candidates)
        check_linker_flag(CXX "-fuse-ld=${linker}" SLUICE_LINKER_WORKS_${linker})
        if(SLUICE_LINKER_WORKS_${linker})
            set(${out} ${linker} PARENT_SCOPE)
            return()
        endif()
    endforeach()
    if(NOT SLUICE_LINKER STREQUAL "auto")
        message(FATAL_ERROR "SLUICE_LINKER=${SLUICE_LINKER}, but the compiler cannot link with -fuse-ld=${SLUICE_LINKER}")
    endif()
    set(${out} "" PARENT_SCOPE)
endfunction()

sluice_choose_linker(sluice_linker)
if(sluice_linker)
    message(STATUS "Linker: ${sluice_linker}")
    add_link_options(-fuse-ld=${sluice_linker})
else()
    message(STATUS "Linker: the compiler's default (install mold or lld for faster links)")
endif()
