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
    if(CHRONOSCOPE_SANITIZE)
        target_compile_options(${target} PUBLIC -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PUBLIC -fsanitize=address,undefined)
    endif()
    if(CHRONOSCOPE_FUZZ)
        # Coverage for libFuzzer in every library; UB aborts so that the fuzzer keeps the input.
        target_compile_options(${target} PUBLIC -fsanitize=fuzzer-no-link,address,undefined
            -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
        target_link_options(${target} PUBLIC -fsanitize=address,undefined)
    endif()
endfunction()
