#include "CLineEdit.h"

#include <langinfo.h>
#include <locale.h>
#include <strings.h>

void cle_use_environment_locale(void) {
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    int is_utf8 = codeset != NULL &&
        (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
    if (!is_utf8) {
        /* Leaves the locale unchanged when C.UTF-8 is not installed. */
        setlocale(LC_CTYPE, "C.UTF-8");
    }
}
