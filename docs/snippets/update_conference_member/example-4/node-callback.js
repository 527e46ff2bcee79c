const Bandwidth = require('node-bandwidth');

const client = new Bandwidth({
  userId: 'YOUR_USER_ID',
  apiToken: 'YOUR_API_TOKEN',
  apiSecret: 'YOUR_API_SECRET',
  baseUrl: 'https://api.catapult.inetwork.com'
});

client.Conference.updateMember('conf-7qrj2t3lfixl4cgjcdonkna', 'member-i3bgynrxllq3n3hbe5ccaxq', {
  hold: true
}, function (err, response) {
  if (err) {
    console.log(err);
  }
  else {
    console.log('Done');
  }
});
