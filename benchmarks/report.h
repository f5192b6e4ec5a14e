#pragma once

#include <QList>
#include <QString>

namespace mesi::bench {

/// One measured figure and its target; lower is better unless higherIsBetter.
struct Figure
{
    QString name;
    double value = 0;
    QString unit;
    double target = 0;
    bool higherIsBetter = false;

    bool met() const { return higherIsBetter ? value >= target : value < target; }
};

/// Collects figures, prints one line per figure as it arrives and a summary at the end.
class Report
{
public:
    void add(const Figure &figure);
    /// Prints an indented detail line under the figures, such as a sub-measurement.
    static void detail(const QString &text);
    /// Prints the table of figures again, the count met, and what is not measured.
    void printSummary() const;

private:
    QList<Figure> m_figures;
};

/// Returns the CPU count, CPU model and RAM, such as "2 logical CPUs, AMD EPYC, 23.5 GiB RAM".
QString machineDescription();

} // namespace mesi::bench
