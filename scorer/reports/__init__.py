"""Printed outputs: the minutes PDF, its charts, fonts and page template, and PDF signing.

Qt-free. ReportLab, matplotlib and pyHanko are imported inside these modules only, and
these modules are imported only by the commands and workers that produce a document.
"""
