#pragma once

// The one way to include QCustomPlot in Joinery. The project builds with QT_NO_FOREACH (strict
// Qt, see ../shared/STYLE.md), but qcustomplot.h still uses `foreach` in two inline templates
// (QCustomPlot::plottableAt and itemAt). Qt's headers have already skipped defining the macro,
// so undefining QT_NO_FOREACH here would not bring it back; instead this header supplies an
// equivalent range-for for the duration of the include and takes it away again, so the rest of
// the code base still cannot use foreach. Include this, never <qcustomplot.h> directly.

#include <QtGlobal>

#include <utility>

#if defined(QT_NO_FOREACH) && !defined(foreach)
#define foreach(variable, container) for (variable : std::as_const(container))
#define JOINERY_QCP_DEFINED_FOREACH
#endif

#include <qcustomplot.h>

#ifdef JOINERY_QCP_DEFINED_FOREACH
#undef foreach
#undef JOINERY_QCP_DEFINED_FOREACH
#endif
