#pragma once

#include "plot/qcustomplotwrapper.h"

namespace joinery::ui {

class LockTimelineData;

// Draws a LockTimelineData into a QCustomPlot axis rect: waits and holds as bars in two shades,
// misses, drops and deferrals as marks. Only what lies in the visible key range is painted,
// and every bar is at least one pixel wide, so short holds stay visible when zoomed out. All
// geometry comes from LockTimelineData; this class only converts to pixels and paints.
class LockLanesPlottable final : public QCPAbstractPlottable
{
    Q_OBJECT

public:
    LockLanesPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis, const LockTimelineData *data);

    static QColor waitColour() { return QColor(0xf2, 0xc1, 0x7d); }
    static QColor holdColour() { return QColor(0x3b, 0x6e, 0xa8); }
    static QColor missColour() { return QColor(0xd3, 0x2f, 0x2f); }
    static QColor droppedColour() { return QColor(0x8b, 0x00, 0x00); }
    static QColor deferredColour() { return QColor(0xe5, 0x73, 0x73); }

    double selectTest(const QPointF &pos, bool onlySelectable, QVariant *details = nullptr) const override;
    QCPRange getKeyRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange &inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override;

private:
    const LockTimelineData *m_data;
};

} // namespace joinery::ui
