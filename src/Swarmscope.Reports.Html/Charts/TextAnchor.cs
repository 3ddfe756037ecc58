namespace Swarmscope.Reports.Html;

public enum TextAnchor { Start, Middle, End }
