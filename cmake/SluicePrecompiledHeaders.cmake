# SPDX-License-Identifier: Apache-2.0
# Precompiled headers for the Qt-heavy targets. Most of a console or test translation unit's compile time is
# spent parsing Qt (and, in the tests, QtTest with all of QtCore); a precompiled header parses them once per
# target. The tests of one folder share one precompiled header: they are compiled with the same flags, so each
# reuses the header its folder's host target compiles (REUSE_FROM). The lists hold only Qt and standard headers,
# never our own: changing one of ours must not rebuild every file of a target.
#
# GCC checks that a precompiled header matches the flags it is used with and, with -Winvalid-pch (CMake adds
# it) and -Werror, a mismatch stops the build rather than silently compiling without it.
#
# ccache caches files compiled with a precompiled header only when told to ignore what it cannot see through
# it (__DATE__/__TIME__ and #defines before the header): with ccache as the compiler launcher, the launcher
# sets that sloppiness for our compiles.
option(SLUICE_PCH "Precompile Qt and standard headers for the console, its tests and the engine tests" ON)

set(SLUICE_PCH_STD <algorithm> <array> <chrono> <functional> <memory> <optional> <string> <string_view> <utility>
                   <vector>)
set(SLUICE_PCH_QT_WIDGETS
    <QAbstractTableModel> <QAction> <QApplication> <QComboBox> <QCoreApplication> <QDateTime> <QDialog>
    <QDialogButtonBox> <QFormLayout> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QList> <QLocale> <QMenu>
    <QMetaObject> <QObject> <QPainter> <QPointer> <QPushButton> <QString> <QStringList> <QTableView> <QThread>
    <QTimer> <QVBoxLayout> <QVariant> <QWidget>)
set(SLUICE_PCH_QT_CHARTS <QChart> <QChartView> <QLineSeries> <QValueAxis>)
set(SLUICE_PCH_QT_TEST <QtTest> <QSignalSpy> <QTemporaryDir>)

# The folders whose tests share a precompiled header (a folder with a single test gains nothing from one).
set(SLUICE_PCH_TEST_LAYERS engine app ui)

if(SLUICE_PCH AND CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
    # CCACHE_SLOPPINESS replaces the configured value, so keep what the user had and add what the header needs.
    execute_process(COMMAND ccache --get-config sloppiness OUTPUT_VARIABLE sluice_ccache_sloppiness
                    OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    string(REPLACE " " "" sluice_ccache_sloppiness "${sluice_ccache_sloppiness}")
    list(APPEND sluice_ccache_sloppiness pch_defines time_macros)
    list(JOIN sluice_ccache_sloppiness "," sluice_ccache_sloppiness)
    string(REGEX REPLACE "^,+" "" sluice_ccache_sloppiness "${sluice_ccache_sloppiness}")
    set(SLUICE_PCH_LAUNCHER ${CMAKE_COMMAND} -E env CCACHE_SLOPPINESS=${sluice_ccache_sloppiness}
                            ${CMAKE_CXX_COMPILER_LAUNCHER})
endif()

# sluice_precompile_headers(<target> <header>...) — the target compiles its own precompiled header.
function(sluice_precompile_headers target)
    if(NOT SLUICE_PCH)
        return()
    endif()
    target_precompile_headers(${target} PRIVATE ${ARGN})
    if(SLUICE_PCH_LAUNCHER)
        set_property(TARGET ${target} PROPERTY CXX_COMPILER_LAUNCHER ${SLUICE_PCH_LAUNCHER})
    endif()
endfunction()

# sluice_reuse_precompiled_headers(<target> <from>) — the target uses the header <from> compiles; both must be
# compiled with the same flags.
function(sluice_reuse_precompiled_headers target from)
    if(NOT SLUICE_PCH)
        return()
    endif()
    target_precompile_headers(${target} REUSE_FROM ${from})
    if(SLUICE_PCH_LAUNCHER)
        set_property(TARGET ${target} PROPERTY CXX_COMPILER_LAUNCHER ${SLUICE_PCH_LAUNCHER})
    endif()
endfunction()

# sluice_reuse_test_pch(<test target> <layer> <libraries>...) — called by sluice_add_test from the test folder:
# the first test of a layer creates the folder's host target, with the flags every test of the layer has.
function(sluice_reuse_test_pch target layer)
    if(NOT SLUICE_PCH OR NOT layer IN_LIST SLUICE_PCH_TEST_LAYERS)
        return()
    endif()
    set(host sluice_pch_${layer}_tests)
    if(NOT TARGET ${host})
        set(source ${CMAKE_CURRENT_BINARY_DIR}/${host}.cpp)
        file(CONFIGURE OUTPUT ${source} CONTENT "// Compiles the precompiled header of the ${layer} tests.\n")
        add_library(${host} OBJECT ${source})
        target_link_libraries(${host} PRIVATE sluice_warnings Qt6::Test ${ARGN})
        target_compile_definitions(${host} PRIVATE SLUICE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
        set_target_properties(${host} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
        set(headers ${SLUICE_PCH_QT_TEST} ${SLUICE_PCH_STD})
        if(TARGET Qt6::Widgets AND NOT layer STREQUAL "engine")
            list(APPEND headers ${SLUICE_PCH_QT_WIDGETS})
        endif()
        sluice_precompile_headers(${host} ${headers})
    endif()
    sluice_reuse_precompiled_headers(${target} ${host})
endfunction()
