# Runs one Node script of this folder against a joinery executable:
#   cmake -DNODE=... -DNPM=... -DSOURCE_DIR=... -DWORK_DIR=... -DSCRIPT=... -DJOINERY=... [-DARGS=...] -P run_node.cmake
# The locked packages are installed into WORK_DIR (a folder of the build tree) with `npm ci`
# whenever WORK_DIR/node_modules is missing or package-lock.json differs from the one installed.
foreach(var NODE NPM)
    if(NOT ${var} OR ${var} MATCHES "NOTFOUND$")
        message(FATAL_ERROR "interop: Node.js and npm are needed for the SDK interop test and were not found "
                            "when CMake configured; install them (`make deps`) and re-run cmake")
    endif()
endforeach()

file(MAKE_DIRECTORY ${WORK_DIR})
file(GLOB scripts RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/*.js)
foreach(f package.json package-lock.json .npmrc ${scripts})
    configure_file(${SOURCE_DIR}/${f} ${WORK_DIR}/${f} COPYONLY)
endforeach()

set(installed_lock ${WORK_DIR}/node_modules/.joinery-installed-lock.json)
set(need_install TRUE)
if(EXISTS ${installed_lock})
    file(SHA256 ${installed_lock} have)
    file(SHA256 ${SOURCE_DIR}/package-lock.json want)
    if(have STREQUAL want)
        set(need_install FALSE)
    endif()
endif()
if(need_install)
    message(STATUS "interop: npm ci into ${WORK_DIR}")
    execute_process(COMMAND ${NPM} ci --no-audit --no-fund
        WORKING_DIRECTORY ${WORK_DIR} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "interop: `npm ci` failed (${rc}); the npm registry must be reachable once")
    endif()
    configure_file(${SOURCE_DIR}/package-lock.json ${installed_lock} COPYONLY)
endif()

separate_arguments(extra UNIX_COMMAND "${ARGS}")
execute_process(COMMAND ${NODE} ${SCRIPT} ${JOINERY} ${extra}
    WORKING_DIRECTORY ${WORK_DIR} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "interop: ${SCRIPT} failed (${rc})")
endif()
