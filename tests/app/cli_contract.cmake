# Runs the real executable the way scripts do and checks exit codes and messages.
function(expect_run code pattern)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 30)
    if(NOT "${rc}" STREQUAL "${code}")
        message(FATAL_ERROR "${ARGN}: exit ${rc}, expected ${code}\nstdout: ${out}\nstderr: ${err}")
    endif()
    if(NOT "${out}${err}" MATCHES "${pattern}")
        message(FATAL_ERROR "${ARGN}: output does not match '${pattern}'\nstdout: ${out}\nstderr: ${err}")
    endif()
endfunction()

expect_run(0 "Usage:.*joinery serve" ${JOINERY} --help)
expect_run(0 "^joinery [0-9]+\\.[0-9]+\\.[0-9]+" ${JOINERY} --version)
expect_run(2 "^joinery: unknown command 'bogus'" ${JOINERY} bogus)
expect_run(2 "--lang expects en or ko" ${JOINERY} --lang xx)
# No display at all: a one-line hint, not a Qt abort.
expect_run(2 "^joinery: no display found" ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY
           --unset=QT_QPA_PLATFORM ${JOINERY})
