#include "model/taskrun.h"

namespace joinery {

QString stripIteration(const QString &reference)
{
    const int at = reference.lastIndexOf(QLatin1String("__"));
    if (at <= 0 || at + 2 >= reference.size())
        return reference;
    for (int i = at + 2; i < reference.size(); ++i) {
        if (!reference.at(i).isDigit())
            return reference;
    }
    return reference.left(at);
}

QString withIteration(const QString &reference, int iteration)
{
    if (iteration <= 0)
        return reference;
    return reference + QLatin1String("__") + QString::number(iteration);
}

QString TaskRun::baseReference() const
{
    return iteration > 0 ? stripIteration(referenceTaskName) : referenceTaskName;
}

} // namespace joinery
