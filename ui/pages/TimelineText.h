#pragma once

#include "repository/Timeline.h"

#include <QString>

namespace rapport {

// "☎ Phone ↗": a glyph for the channel, its translated name and the direction, for timeline rows.
QString timelineChannelText(const TimelineEntry& entry);

} // namespace rapport
