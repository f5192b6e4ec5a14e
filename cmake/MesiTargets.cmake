# Shared compile settings and the helpers that create library, executable and
# test targets, so every target in the tree is built the same way.

add_library(mesi_compile_options INTERFACE)
target_compile_definitions(mesi_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(MSVC)
    target_compile_options(mesi_compile_options INTERFACE /W4 /permissive-)
    if(MESI_WARNINGS_AS_ERRORS)
        target_compile_options(mesi_compile_options INTERFACE /WX)
    endif()
else()
    target_compile_options(mesi_compile_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast)
    if(MESI_WARNINGS_AS_ERRORS)
        target_compile_options(mesi_compile_options INTERFACE -Werror)
    endif()
endif()

# mesi_add_library(NAME <short> SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
# creates the static library mesi_<short> with the alias mesi::<short>.
function(mesi_add_library)
    cmake_parse_arguments(ARG "" "NAME" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    set(target mesi_${ARG_NAME})
    add_library(${target} STATIC ${ARG_SOURCES})
    add_library(mesi::${ARG_NAME} ALIAS ${target})
    target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
    target_link_libraries(${target}
        PUBLIC ${ARG_PUBLIC_LIBS}
        PRIVATE mesi_compile_options ${ARG_PRIVATE_LIBS})
endfunction()

# mesi_add_test(NAME <tst_x> SOURCES ... LIBS ... LABELS ... [TIMEOUT s])
# creates one test executable per test class and registers it with ctest.
function(mesi_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE mesi_compile_options Qt6::Test ${ARG_LIBS})
    set_target_properties(${ARG_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;TZ=UTC;MESI_BIN_DIR=${CMAKE_BINARY_DIR}/bin;LC_ALL=C.UTF-8")
endfunction()
