# Warnings and sanitizers as interface targets, applied to our code only
# (after ccache's cmake/StandardWarnings.cmake).
add_library(newsextract_warnings INTERFACE)
target_compile_options(newsextract_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wunused
  -Woverloaded-virtual -Wdouble-promotion -Wformat=2 -Wmissing-declarations
  # GCC 12 reports false -Wrestrict overlaps inside libstdc++'s string
  # concatenation at -O2 and above (GCC bug 105329).
  $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>
  $<$<BOOL:${NEWSEXTRACT_WERROR}>:-Werror>)

add_library(newsextract_sanitizers INTERFACE)
if(NEWSEXTRACT_SANITIZE)
  target_compile_options(newsextract_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(newsextract_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
