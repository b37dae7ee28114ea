// Draws the insights dashboard's charts from each canvas's data-chart JSON (see
// dev.doorstep.insights.web.Chart). Numbers are formatted in the shop's locale and
// currency; animation is off so the charts are drawn at once (and screenshots are stable).
(function () {
	'use strict';
	var COLORS = ['#2563eb', '#16a34a', '#f59e0b', '#dc2626', '#7c3aed', '#0891b2', '#64748b', '#db2777'];
	var root = document.querySelector('main.insights');
	if (!root || typeof Chart === 'undefined') {
		return;
	}
	var locale = root.dataset.locale || 'en';
	var currency = root.dataset.currency || 'EUR';
	var formats = {
		count: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
		days: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
		percent: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
		money: new Intl.NumberFormat(locale, { style: 'currency', currency: currency })
	};
	function formatter(unit) {
		var format = formats[unit] || formats.count;
		return function (value) {
			if (value === null || value === undefined) {
				return '–';
			}
			return unit === 'percent' ? format.format(value) + ' %' : format.format(value);
		};
	}
	Chart.defaults.animation = false;
	document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
		var chart = JSON.parse(canvas.dataset.chart);
		var format = formatter(chart.unit);
		var doughnut = chart.type === 'doughnut';
		// The first series is the one drawn; further series of a rate chart (counts it
		// was computed from) and the lanes' average stay in the table below.
		var series = chart.stacked || chart.id === 'messages' || chart.id === 'claims' || chart.id === 'cross-sell'
			? chart.series : chart.series.slice(0, 1);
		if (chart.id === 'transit') {
			series = chart.series.slice(0, chart.series.length - 1);
		}
		new Chart(canvas, {
			type: chart.type,
			data: {
				labels: chart.labels,
				datasets: series.map(function (s, i) {
					return {
						label: s.name,
						data: s.values,
						backgroundColor: doughnut ? COLORS.slice(0, s.values.length) : COLORS[i % COLORS.length]
					};
				})
			},
			options: {
				animation: false,
				responsive: true,
				maintainAspectRatio: false,
				plugins: {
					legend: { display: doughnut || series.length > 1 },
					tooltip: {
						callbacks: {
							label: function (ctx) {
								var value = doughnut ? ctx.parsed : ctx.parsed.y;
								return ctx.dataset.label + ': ' + format(value);
							}
						}
					}
				},
				scales: doughnut ? {} : {
					x: { stacked: chart.stacked },
					y: {
						stacked: chart.stacked,
						beginAtZero: true,
						// Counts are whole numbers: no 0.5 parcels on the axis.
						ticks: { precision: chart.unit === 'count' ? 0 : undefined, callback: function (v) { return format(v); } }
					}
				}
			}
		});
		canvas.dataset.rendered = 'true';
	});
})();
