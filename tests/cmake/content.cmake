# The default catalogue's content rules (Chinese typography, terms, links, gaps, hours).
add_test(NAME content_rules
         COMMAND /usr/bin/python3 ${PROJECT_SOURCE_DIR}/tests/tools/check-content.py
                 ${PROJECT_SOURCE_DIR}/data/catalog.json ${PROJECT_SOURCE_DIR}/docs/content.md)
