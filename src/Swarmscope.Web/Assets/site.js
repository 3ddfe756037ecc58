// Inline editing in the media-item grid: a changed row is marked so the person sees which rows still need saving.
document.addEventListener('input', function (e) {
  var form = e.target.getAttribute && e.target.getAttribute('form');
  if (form && form.indexOf('row-') === 0) {
    var row = document.getElementById('tr-' + form.substring(4));
    if (row) row.classList.add('dirty');
  }
});
