# SPDX-License-Identifier: MIT
# Settings every Chronoscope target shares: strict Qt string handling and warnings.

function(chronoscope_configure_target target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(CHRONOSCOPE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(CHRONOSCOPE_SANITIZE OR CHRONOSCOPE_FUZZ)
        # PUBLIC: whatever links a sanitized library is compiled and linked with the same
        # runtime. UB aborts (not only reports), so a test fails and a fuzzer keeps the input.
        target_compile_options(${target} PUBLIC -fsanitize=address,undefined -fno-sanitize-recover=undefined
            -fno-omit-frame-pointer)
        target_link_options(${target} PUBLIC -fsanitize=address,undefined)
    endif()
endfunction()
