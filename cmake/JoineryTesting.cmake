# joinery_add_qtest(<source> LINK <targets...> [LABELS <labels...>] [TIMEOUT <s>]
#                   [NAME <name>] [DEFINES <definitions...>])
# One Qt Test executable per test file, named after the file (tst_foo.cpp -> tst_foo), linking
# only the target under test and Qt6::Test. NAME and DEFINES build the same file a second time
# as another test (the Conductor fixtures, once in-process and once over REST). Every test runs on the offscreen platform with a
# private HOME, so it never touches the user's data or settings.
# ../shared (the design, reference notes and Conductor's fixtures) lands beside every clone; a
# checkout elsewhere can point JOINERY_SHARED_DIR at it.
if(NOT JOINERY_SHARED_DIR)
    if(EXISTS ${CMAKE_SOURCE_DIR}/../shared/conductor-fixtures)
        get_filename_component(JOINERY_SHARED_DIR ${CMAKE_SOURCE_DIR}/../shared ABSOLUTE)
    elseif(EXISTS /work/shared/conductor-fixtures)
        set(JOINERY_SHARED_DIR /work/shared)
    else()
        message(WARNING "shared/ not found beside the source tree; fixture tests will fail")
        set(JOINERY_SHARED_DIR ${CMAKE_SOURCE_DIR}/../shared)
    endif()
endif()

function(joinery_add_qtest source)
    cmake_parse_arguments(ARG "" "TIMEOUT;NAME" "LINK;LABELS;DEFINES" ${ARGN})
    get_filename_component(name ${source} NAME_WE)
    if(ARG_NAME)
        set(name ${ARG_NAME})
    endif()
    add_executable(${name} ${source})
    target_link_libraries(${name} PRIVATE ${ARG_LINK} Qt6::Test)
    target_compile_definitions(${name} PRIVATE
        JOINERY_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
        JOINERY_SHARED_DIR="${JOINERY_SHARED_DIR}"
        JOINERY_BINARY_DIR="${CMAKE_BINARY_DIR}"
        ${ARG_DEFINES})
    add_test(NAME ${name} COMMAND ${name})
    set(timeout 300)
    if(ARG_TIMEOUT)
        set(timeout ${ARG_TIMEOUT})
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${timeout}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${CMAKE_BINARY_DIR}/test-home/${name};XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-home/${name}/data;XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-home/${name}/config;QT_LOGGING_RULES=qt.qpa.*=false")
endfunction()
